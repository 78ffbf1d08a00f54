import { beforeAll, describe, expect, it } from "vitest";
import { ImportReportSchema } from "#shared/schemas/import.ts";
import { createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { type Client, signIn } from "../setup/http.ts";
import { ORIGIN, setupTestApp } from "../setup/test-app.ts";

/**
 * The benchmark: 10,000 rows import in under 30 s on this machine, written in chunks so that no
 * transaction (and so no write lock) lasts much longer than about 100 ms. The figure is printed.
 */
const { app, db } = await setupTestApp();
const lane = process.env.TEST_DB ?? "sqlite";
const ROWS = 10_000;
let advisor: Client;

beforeAll(async () => {
  const cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
}, 60_000);

const districts = ["Landkreis Hildesheim", "Region Hannover", "Hameln-Pyrmont", "Holzminden", "Nienburg"];
const countries = ["Türkei", "Syrien", "Polen", "VN", "Indien", "Brasilien", "Ukraine"];

function csv(): Uint8Array {
  const lines = ["Externe ID;Familienname;Vorname(n);Geburtsdatum;Staatsangehörigkeit;Landkreis;E-Mail"];
  for (let i = 0; i < ROWS; i++) {
    const day = String((i % 28) + 1).padStart(2, "0");
    const month = String((i % 12) + 1).padStart(2, "0");
    lines.push(
      `B-${i};Bench${i};Person ${i % 97};${day}.${month}.${1960 + (i % 45)};${countries[i % countries.length]};` +
        `${districts[i % districts.length]};bench${i}@example.org`,
    );
  }
  return new TextEncoder().encode(lines.join("\n"));
}

describe(`import benchmark (${lane})`, () => {
  it(`imports ${ROWS.toLocaleString("en")} rows in under 30 s, in short transactions`, async () => {
    const form = new FormData();
    form.set("file", new File([csv() as Uint8Array<ArrayBuffer>], "bench.csv"));
    const started = performance.now();
    const response = await app.request("/api/imports/persons", {
      method: "POST",
      headers: { origin: ORIGIN, cookie: advisor.cookie ?? "" },
      body: form,
    });
    const seconds = (performance.now() - started) / 1000;
    const body = await response.json();
    expect(response.status, JSON.stringify(body).slice(0, 300)).toBe(201);
    const report = ImportReportSchema.parse(body);
    expect(report.counts).toMatchObject({ create: ROWS, errors: 0 });
    process.stdout.write(
      `[import-benchmark] ${lane}: ${ROWS} rows in ${seconds.toFixed(1)} s (write ${report.timing?.totalMs} ms in ` +
        `${report.timing?.chunks} chunks, longest ${report.timing?.longestChunkMs} ms)\n`,
    );
    expect(seconds).toBeLessThan(30);
  }, 120_000);
});
