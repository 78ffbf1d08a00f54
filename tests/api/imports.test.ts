import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { type ImportReport, ImportReportSchema } from "#shared/schemas/import.ts";
import { createPerson, createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { snapshotTables } from "../setup/db-snapshot.ts";
import { type Client, clientFor, signIn } from "../setup/http.ts";
import { ORIGIN, setupTestApp } from "../setup/test-app.ts";

const { app, db, database } = await setupTestApp();
const lane = process.env.TEST_DB ?? "sqlite";
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
let otherAdvisor: Client;
let admin: Client;

beforeAll(async () => {
  cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
  otherAdvisor = await signIn(app, cast.other.advisor.email, TEST_PASSWORD);
  admin = await signIn(app, cast.own.admin.email, TEST_PASSWORD);
}, 60_000);

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/import/${name}`));
const text = (content: string) => new TextEncoder().encode(content);

type Upload = {
  kind?: "persons" | "companies";
  query?: string;
  name?: string;
  mapping?: unknown;
  decisions?: unknown;
  client?: Client | null;
  origin?: string;
};

/** Uploads like the browser does: multipart/form-data with the file in `file`, same origin, the session cookie. */
function upload(bytes: Uint8Array, options: Upload = {}) {
  const form = new FormData();
  form.set("file", new File([bytes as Uint8Array<ArrayBuffer>], options.name ?? "import.xlsx"));
  if (options.mapping) form.set("mapping", JSON.stringify(options.mapping));
  if (options.decisions) form.set("decisions", JSON.stringify(options.decisions));
  const client = options.client === undefined ? advisor : options.client;
  const headers: Record<string, string> = { origin: options.origin ?? ORIGIN };
  if (client?.cookie) headers.cookie = client.cookie;
  const query = options.query === undefined ? "" : `?${options.query}`;
  return app.request(`/api/imports/${options.kind ?? "persons"}${query}`, {
    method: "POST",
    headers,
    body: form,
  });
}

async function report(response: Response, status = 200): Promise<ImportReport> {
  const body = await response.json();
  expect(response.status, JSON.stringify(body).slice(0, 500)).toBe(status);
  return ImportReportSchema.parse(body);
}

async function errorOf(response: Response, status: number) {
  expect(response.headers.get("content-type")).toMatch(/application\/json/);
  const body = (await response.json()) as {
    error: { code: string; message: string; details?: unknown };
  };
  expect(response.status, JSON.stringify(body).slice(0, 500)).toBe(status);
  return body.error;
}

/** The persons an advisor finds by name in the list. */
async function findPersons(client: Client, q: string) {
  const response = await client.get(`/api/persons?q=${encodeURIComponent(q)}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: { id: string; familyName: string; givenNames: string }[] })
    .items;
}

async function personOf(client: Client, id: string) {
  const response = await client.get(`/api/persons/${id}`);
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

/**
 * Every table but sessions; showing the likely duplicates is a read of those persons and audited as one
 * (`person.import.duplicates`, with its rows in audit_persons): no write by the import.
 */
const snapshot = () =>
  snapshotTables(
    db,
    database.dialect,
    ["sessions", "audit_persons"],
    (table, row) => table === "audit_log" && /\.(read|list|duplicates)$/.test(String(row.action)),
  );

describe(`spreadsheet import of persons (${lane})`, () => {
  it("reports a LibreOffice XLSX in a dry run without writing, then imports it and re-imports it without duplicates", async () => {
    const before = await snapshot();
    const dry = await report(await upload(fixture("persons-libreoffice.xlsx"), { query: "dryRun=1" }));
    expect(dry).toMatchObject({
      dryRun: true,
      committed: false,
      format: "xlsx",
      headerRow: 1,
      importId: null,
    });
    expect(dry.counts).toMatchObject({ create: 5, update: 0, skip: 0, errors: 0, duplicates: 0 });
    expect(dry.rows.map((row) => [row.row, row.action, row.label])).toEqual([
      [2, "create", "Özdemir, Ayşe"],
      [3, "create", "Haddad, Rami"],
      [4, "create", "Nguyễn, Thị Lan"],
      [5, "create", "Kowalska, Zofia Anna"],
      [6, "create", "Müller, Jürgen"],
    ]);
    expect(dry.columns.map((column) => column.field)).toContain("birthDate");
    expect(await snapshot(), "a dry run writes nothing").toEqual(before);
    expect(await findPersons(advisor, "Kowalska")).toEqual([]);

    const done = await report(await upload(fixture("persons-libreoffice.xlsx")), 201);
    expect(done.committed).toBe(true);
    expect(done.importId).not.toBeNull();
    expect(done.timing?.chunks).toBe(1);
    const [kowalska] = await findPersons(advisor, "Kowalska");
    expect(kowalska).toMatchObject({ familyName: "Kowalska", givenNames: "Zofia Anna" });
    const detail = await personOf(advisor, kowalska?.id as string);
    expect(detail).toMatchObject({
      birthDate: "1987-01-30",
      nationality: "PL",
      district: "lk-hameln-pyrmont",
    });

    // The same file again: every row found by its external id, nothing changed, nothing created.
    const again = await report(await upload(fixture("persons-libreoffice.xlsx")), 201);
    expect(again.counts).toMatchObject({ create: 0, update: 0, skip: 5 });
    expect(again.importId, "nothing to write: no import recorded").toBeNull();
    expect(again.rows.every((row) => row.reason === "unchanged")).toBe(true);
    expect(await findPersons(advisor, "Kowalska")).toHaveLength(1);

    // A changed row updates the person it names.
    const changed = text(
      "Externe ID;Familienname;Vorname(n);Geburtsdatum;Staatsangehörigkeit;Telefon;Landkreis\n" +
        "P-1004;Kowalska;Zofia Anna;30.01.1987;Polen;05151 998877;Hameln-Pyrmont\n",
    );
    const updated = await report(await upload(changed, { name: "update.csv" }), 201);
    expect(updated.rows).toEqual([
      { row: 2, action: "update", id: kowalska?.id, label: "Kowalska, Zofia Anna", reason: null },
    ]);
    expect(await personOf(advisor, kowalska?.id as string)).toMatchObject({ phone: "05151 998877" });
    expect(await findPersons(advisor, "Kowalska")).toHaveLength(1);
  });

  it("writes one audit entry per import naming what it created and updated", async () => {
    const file = text(
      "Externe ID;Familienname;Vorname;Geburtsdatum;Staatsangehörigkeit;Landkreis\nA-1;Audit;Anja;01.01.1990;DE;Hildesheim\n",
    );
    const done = await report(await upload(file, { name: "a.csv" }), 201);
    const response = await admin.get("/api/audit?action=person.import");
    expect(response.status).toBe(200);
    const { items } = (await response.json()) as {
      items: { action: string; entityId: string | null; persons: { id: string; name: string }[] }[];
    };
    const entries = items.filter((item) => item.entityId === done.importId);
    expect(entries).toHaveLength(1);
    expect(entries[0]?.persons).toEqual([{ id: done.rows[0]?.id, name: expect.stringContaining("Audit") }]);
  });

  it("reads an English CSV saved by LibreOffice with ISO dates and country names or codes", async () => {
    const done = await report(await upload(fixture("persons-libreoffice.csv"), { name: "p.csv" }), 201);
    expect(done).toMatchObject({ format: "csv", encoding: "utf-8" });
    expect(done.counts.create).toBe(3);
    const [ahmadi] = await findPersons(advisor, "Farid");
    expect(await personOf(advisor, ahmadi?.id as string)).toMatchObject({
      birthDate: "1989-05-30",
      nationality: "AF",
      district: "lk-nienburg",
    });
  });

  it("decodes a Windows-1252 CSV from old Excel: umlauts, ß and the dash come out right", async () => {
    const done = await report(await upload(fixture("persons-windows-1252.csv"), { name: "alt.csv" }), 201);
    expect(done.encoding).toBe("windows-1252");
    expect(done.columns.map((column) => column.header)).toContain("Staatsangehörigkeit");
    expect(done.rows.map((row) => row.label)).toEqual(["Strauß, Jörg", "Öztürk, Gül", "Gómez, José"]);
    const [oeztuerk] = await findPersons(advisor, "Öztürk");
    expect(await personOf(advisor, oeztuerk?.id as string)).toMatchObject({
      givenNames: "Gül",
      nationality: "TR",
      notes: "Pflegefachkraft – Anerkennung läuft",
    });
  });

  it("finds the header below merged title cells, skips empty rows and takes formula results as values", async () => {
    const dry = await report(await upload(fixture("persons-merged-formulas.xlsx"), { query: "dryRun=1" }));
    expect(dry.headerRow).toBe(3);
    expect(dry.counts).toMatchObject({ create: 3, errors: 0, emptyRows: 3 });
    expect(dry.rows.map((row) => [row.row, row.label])).toEqual([
      [4, "Rahimi, Sara"],
      [6, "Mensah, Kwame"],
      [9, "Ivanova, Olena"],
    ]);
  });

  it("names every bad row by its spreadsheet row and column, and a commit with errors writes nothing", async () => {
    const file = text(
      "Familienname;Vorname;Geburtsdatum;Staatsangehörigkeit;Landkreis\n" +
        "Gut;Greta;01.02.1990;DE;Hildesheim\n" +
        "Schlecht;Sam;31.02.1990;DE;Hildesheim\n" +
        "Fremd;Fiona;01.02.1990;Atlantis;Hildesheim\n",
    );
    const dry = await report(await upload(file, { name: "bad.csv", query: "dryRun=1&key=nameBirthDate" }));
    expect(dry.counts).toMatchObject({ create: 1, errors: 2 });
    expect(dry.errors.map(({ row, column }) => [row, column])).toEqual([
      [3, "Geburtsdatum"],
      [4, "Staatsangehörigkeit"],
    ]);
    for (const error of dry.errors) expect(error.message.length).toBeGreaterThan(5);

    const before = await snapshot();
    const refused = await errorOf(await upload(file, { name: "bad.csv", query: "key=nameBirthDate" }), 422);
    expect(refused.code).toBe("validation_failed");
    expect(refused.message).toMatch(/Zeile 3/);
    expect(await snapshot(), "all or nothing: the good row is not written either").toEqual(before);
    expect(await findPersons(advisor, "Greta")).toEqual([]);
  });

  it("refuses formula cells (=HYPERLINK, @, +cmd) by row and column and stores none of them", async () => {
    const dry = await report(
      await upload(fixture("persons-formulas.csv"), { name: "f.csv", query: "dryRun=1" }),
    );
    expect(dry.errors.map(({ row, column }) => [row, column])).toEqual([
      [3, "Familienname"],
      [4, "E-Mail"],
      [5, "Vorname(n)"],
    ]);
    expect(dry.errors[0]?.message).toMatch(/Formel/);
    const before = await snapshot();
    await errorOf(await upload(fixture("persons-formulas.csv"), { name: "f.csv" }), 422);
    expect(await snapshot()).toEqual(before);
    expect(await findPersons(advisor, "Berger")).toEqual([]);
  });

  it("lists likely duplicates of existing persons for a decision instead of creating them silently", async () => {
    const existing = await createPerson(db, cast.own.centre.id, {
      familyName: "Doppel",
      givenNames: "Dora",
      birthDate: "1985-05-05",
      nationality: "UA",
    });
    const file = text(
      "Externe ID;Familienname;Vorname;Geburtsdatum;Staatsangehörigkeit;Telefon;Landkreis\n" +
        "D-1;Doppel;Dora;05.05.1985;Ukraine;0170 111222;Hildesheim\n",
    );
    const dry = await report(await upload(file, { name: "d.csv", query: "dryRun=1" }));
    expect(dry.duplicates).toEqual([
      {
        row: 2,
        candidates: [{ id: existing.id, label: expect.stringContaining("Doppel"), birthDate: "1985-05-05" }],
      },
    ]);
    expect(dry.rows).toMatchObject([{ row: 2, action: "skip", reason: "duplicate" }]);

    // Without a decision the commit skips the row; with "update:<id>" it updates the existing person.
    const decided = await report(
      await upload(file, { name: "d.csv", decisions: { "2": `update:${existing.id}` } }),
      201,
    );
    expect(decided.rows).toMatchObject([{ row: 2, action: "update", id: existing.id, reason: "decision" }]);
    expect(await findPersons(advisor, "Doppel")).toHaveLength(1);
    expect(await personOf(advisor, existing.id)).toMatchObject({ phone: "0170 111222" });
    // The external id now names that person: the next import of the row is an update by key, not a duplicate.
    const again = await report(await upload(file, { name: "d.csv", query: "dryRun=1" }));
    expect(again.rows).toMatchObject([{ row: 2, action: "skip", id: existing.id, reason: "unchanged" }]);
  });

  it("refuses a decision that names a person of another centre and leaves that centre's data untouched", async () => {
    const foreign = await createPerson(db, cast.other.centre.id, {
      familyName: "Zentrum",
      givenNames: "Zora",
      birthDate: "1980-08-08",
      nationality: "SY",
    });
    const foreignBefore = await personOf(otherAdvisor, foreign.id);
    const file = text(
      "Externe ID;Familienname;Vorname;Geburtsdatum;Staatsangehörigkeit;Telefon;Landkreis\nZ-1;Zentrum;Zora;08.08.1980;Syrien;0511 12345;Hildesheim\n",
    );
    // The other centre's namesake is no duplicate here: the row would create a person of the own centre.
    const dry = await report(await upload(file, { name: "z.csv", query: "dryRun=1" }));
    expect(dry.duplicates).toEqual([]);
    expect(dry.rows).toMatchObject([{ row: 2, action: "create" }]);
    // With a namesake in the own centre, a decision naming the other centre's person is refused.
    const namesake = await createPerson(db, cast.own.centre.id, {
      familyName: "Zentrum",
      givenNames: "Zora",
      birthDate: "1980-08-08",
      nationality: "SY",
    });
    const before = await snapshot();
    const refused = await errorOf(
      await upload(file, {
        name: "z.csv",
        decisions: { "2": `update:${foreign.id}` },
      }),
      422,
    );
    expect(refused.message).toMatch(/Zeile 2/);
    expect(await snapshot()).toEqual(before);
    const own = await report(
      await upload(file, {
        name: "z.csv",
        decisions: { "2": `update:${namesake.id}` },
      }),
      201,
    );
    expect(own.rows).toMatchObject([{ action: "update", id: namesake.id }]);
    expect(await personOf(otherAdvisor, foreign.id)).toEqual(foreignBefore);
    expect(await findPersons(otherAdvisor, "Zentrum")).toHaveLength(1);
    expect(await findPersons(advisor, "Zentrum")).toHaveLength(1);
  });
});

describe(`a retried import (${lane})`, () => {
  it("with the same Idempotency-Key and body answers the first report again and imports once", async () => {
    const form = new FormData();
    const csv =
      "Externe ID;Familienname;Vorname;Geburtsdatum;Staatsangehörigkeit;Landkreis\nI-1;Wieder;Willi;02.02.1992;DE;Hildesheim\n";
    form.set("file", new File([csv], "retry.csv"));
    // The same bytes twice, boundary included, as a client's retry sends them.
    const encoded = new Response(form);
    const type = encoded.headers.get("content-type") ?? "";
    const bytes = new Uint8Array(await encoded.arrayBuffer());
    const send = () =>
      app.request("/api/imports/persons", {
        method: "POST",
        headers: {
          origin: ORIGIN,
          cookie: advisor.cookie ?? "",
          "content-type": type,
          "idempotency-key": `import-${lane}`,
        },
        body: bytes,
      });
    const first = await report(await send(), 201);
    const second = await report(await send(), 201);
    expect(second.importId).toBe(first.importId);
    expect(await findPersons(advisor, "Willi")).toHaveLength(1);
  });
});

describe(`uploads checked by content (${lane})`, () => {
  it("answers a PDF renamed .xlsx, a plain ZIP and an empty file with 422 naming the file field", async () => {
    const before = await snapshot();
    const pdf = text("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n\u0000\u0001");
    for (const [bytes, code, message] of [
      [pdf, "not_csv_or_xlsx", /weder CSV noch XLSX/],
      [new Uint8Array(0), "file_empty", /leer/],
    ] as const) {
      const error = await errorOf(await upload(bytes, { name: "personen.xlsx" }), 422);
      expect(error.details).toEqual([{ path: "file", code, message: expect.stringMatching(message) }]);
    }
    const { zipSync } = await import("fflate");
    const zip = zipSync({ "readme.txt": text("kein Excel") });
    const notExcel = await errorOf(await upload(zip, { name: "personen.xlsx" }), 422);
    expect(notExcel.details).toEqual([
      { path: "file", code: "zip_not_xlsx", message: expect.stringMatching(/keine Excel-Arbeitsmappe/) },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it("answers a zip bomb with 413 without inflating it into memory", async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const error = await errorOf(await upload(fixture("zip-bomb.xlsx"), { query: "dryRun=1" }), 413);
    expect(error.code).toBe("payload_too_large");
    expect(error.details).toEqual([
      { path: "file", code: "zip_bomb", message: expect.stringMatching(/Zip-Bombe/) },
    ]);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(150 * 1024 * 1024);
  });

  it("answers a file over 10 MB (50 MB) with 413 before reading it", async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    const error = await errorOf(await upload(big, { name: "gross.csv" }), 413);
    expect(error.code).toBe("payload_too_large");
  });

  it("answers a request without multipart, or with bad mapping and decisions, with 4xx naming the field", async () => {
    const json = await advisor.post("/api/imports/persons", { file: "x" });
    expect((await errorOf(json, 422)).details).toEqual([
      { path: "file", code: "multipart_file_expected", message: expect.any(String) },
    ]);
    const file = fixture("persons-libreoffice.csv");
    const badMapping = await errorOf(
      await upload(file, { query: "dryRun=1", mapping: { Email: "password" } }),
      422,
    );
    expect(JSON.stringify(badMapping.details)).toMatch(/mapping/);
    const badDecision = await errorOf(
      await upload(file, { query: "dryRun=1", decisions: { "2": "delete" } }),
      422,
    );
    expect(JSON.stringify(badDecision.details)).toMatch(/decisions/);
    const badKey = await errorOf(await upload(file, { query: "key=password" }), 422);
    expect(JSON.stringify(badKey.details)).toMatch(/key/);
  });

  it("maps a column with an unknown header as the mapping says", async () => {
    const file = text(
      "Klient-Nr;Familienname;Vorname;Geburtsdatum;Staatsangehörigkeit;Heimatland;Kreis (Wohnort)\nK-9;Mapping;Mia;01.01.1991;IT;x;Hildesheim\n",
    );
    const dry = await report(
      await upload(file, {
        name: "m.csv",
        query: "dryRun=1",
        mapping: { "Klient-Nr": "externalId", Heimatland: null, "Kreis (Wohnort)": "district" },
      }),
    );
    expect(dry.columns).toContainEqual({ header: "Klient-Nr", field: "externalId" });
    expect(dry.unmappedHeaders).toEqual([]);
    expect(dry.counts.create).toBe(1);
  });
});

describe(`who may import (${lane})`, () => {
  it("lets advisors import; managers, employers and admins get 403, anonymous 401, another origin 403", async () => {
    const file = fixture("persons-libreoffice.csv");
    const manager = await signIn(app, cast.own.manager.email, TEST_PASSWORD);
    const employer = await signIn(app, cast.own.employer.email, TEST_PASSWORD);
    for (const client of [manager, employer, admin])
      for (const kind of ["persons", "companies"] as const)
        await errorOf(await upload(file, { kind, client, query: "dryRun=1" }), 403);
    await errorOf(await upload(file, { client: clientFor(app), query: "dryRun=1" }), 401);
    await errorOf(await upload(file, { origin: "https://evil.example", query: "dryRun=1" }), 403);
  });
});

describe(`spreadsheet import of companies (${lane})`, () => {
  it("imports a LibreOffice XLSX of companies into the own centre and updates instead of duplicating", async () => {
    const dry = await report(
      await upload(fixture("companies-libreoffice.xlsx"), { kind: "companies", query: "dryRun=1" }),
    );
    expect(dry.counts).toMatchObject({ create: 3, errors: 0 });
    const done = await report(
      await upload(fixture("companies-libreoffice.xlsx"), { kind: "companies" }),
      201,
    );
    expect(done.rows.map((row) => row.label)).toEqual([
      "Tischlerei Lindner",
      "Pflegedienst Sonnenschein",
      "Metallbau Krüger GmbH",
    ]);
    const again = await report(
      await upload(fixture("companies-libreoffice.xlsx"), { kind: "companies" }),
      201,
    );
    expect(again.counts).toMatchObject({ create: 0, skip: 3 });
    const own = await advisor.get(`/api/companies/${done.rows[0]?.id}`);
    expect(own.status).toBe(200);
    expect(await own.json()).toMatchObject({ name: "Tischlerei Lindner" });
    // Another centre's advisor does not see them.
    expect((await otherAdvisor.get(`/api/companies/${done.rows[0]?.id}`)).status).toBe(404);
  });

  it("classifies a staff headcount in the size column by the EU definition, and takes a class by name", async () => {
    const file = text(
      "Firmennummer;Name;Landkreis;Beschäftigte\r\nB-1;Malerei Ostermann;Landkreis Hildesheim;9\r\nB-2;Kfz Tiedemann;Landkreis Hildesheim;10\r\nB-3;Klinikum Nord;Landkreis Hildesheim;250\r\nB-4;Glaserei Pohl;Landkreis Hildesheim;50–249 Beschäftigte\r\n",
    );
    const done = await report(await upload(file, { kind: "companies", name: "betriebe.csv" }), 201);
    const bands = await Promise.all(
      done.rows.map(
        async (row) =>
          ((await (await advisor.get(`/api/companies/${row.id}`)).json()) as { sizeBand: string }).sizeBand,
      ),
    );
    expect(bands).toEqual(["micro", "small", "large", "medium"]);
  });
});
