import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { type ImportRun, ImportRunListSchema, ImportRunSchema } from "#shared/schemas/import.ts";
import { createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { type Client, clientFor, signIn } from "../setup/http.ts";
import { buildApp, ORIGIN, setupTestApp, type TestApp } from "../setup/test-app.ts";

// Two stateless API instances on one database: `writer` takes the upload (pausing between its chunks, a
// test-only setting, so the progress can be seen between them), `reader` answers the progress.
const { database, db } = await setupTestApp();
const writer = buildApp(database, { importChunkPauseMs: 250 });
const reader = buildApp(database);
const lane = process.env.TEST_DB ?? "sqlite";
const ROWS = 1_200;
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
let otherAdvisor: Client;

beforeAll(async () => {
  cast = await createTwoCentres(db);
  // Signed in on the writer; the session lives in the database, so the reader knows it too.
  advisor = clientFor(reader, (await signIn(writer, cast.own.advisor.email, TEST_PASSWORD)).cookie);
  otherAdvisor = await signIn(reader, cast.other.advisor.email, TEST_PASSWORD);
}, 60_000);

/**
 * A file of `rows` new persons, each with a name of its own. Names of two files differ only in their tag, which
 * the phonetic duplicate check may not tell apart, so each file of a test takes its own birth date: no row is a
 * likely duplicate to decide on (that would skip it).
 */
function manyPersons(rows: number, tag: string, birthDate = "01.02.1990") {
  const lines = ["Externe ID;Familienname;Vorname(n);Geburtsdatum;Staatsangehörigkeit;Landkreis"];
  for (let i = 0; i < rows; i++)
    lines.push(`${tag}-${i};Fortschritt${tag}${i.toString(36)};Lina;${birthDate};Syrien;Hildesheim`);
  return `${lines.join("\n")}\n`;
}

function commit(app: TestApp, csv: string, query: string) {
  const form = new FormData();
  form.set("file", new File([csv], "viele-personen.csv", { type: "text/csv" }));
  return app.request(`/api/imports/persons?${query}`, {
    method: "POST",
    headers: { origin: ORIGIN, cookie: advisor.cookie ?? "" },
    body: form,
  });
}

async function progressOf(client: Client, runId: string) {
  const response = await client.get(`/api/imports/${runId}`);
  return { status: response.status, run: response.ok ? ImportRunSchema.parse(await response.json()) : null };
}

describe(`progress of a large import's commit (${lane})`, () => {
  it("is readable from another API instance while the chunks are written, and reaches the total", async () => {
    const runId = randomUUID();
    const tag = Date.now().toString(36);
    const upload = Promise.resolve(commit(writer, manyPersons(ROWS, tag), `runId=${runId}`));
    const seen: ImportRun[] = [];
    let settled = false;
    void upload.finally(() => {
      settled = true;
    });
    while (!settled) {
      const { status, run } = await progressOf(advisor, runId);
      // 404 until the file is checked and the run starts; then rows written of all.
      expect([200, 404]).toContain(status);
      if (run) seen.push(run);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const response = await upload;
    expect(response.status, (await response.clone().text()).slice(0, 300)).toBe(201);
    expect(((await response.json()) as { importId: string }).importId).toBe(runId);

    const partial = seen.filter((run) => run.status === "writing" && run.rowsDone > 0);
    expect(partial.length, "a reading between two chunks").toBeGreaterThan(0);
    expect(partial.every((run) => run.rowsDone < ROWS && run.rowsTotal === ROWS)).toBe(true);
    expect(partial.map((run) => run.rowsDone)).toEqual(
      [...partial.map((run) => run.rowsDone)].sort((a, b) => a - b),
    );
    expect(new Set(partial.map((run) => run.rowsDone)).has(500)).toBe(true);

    const { run } = await progressOf(advisor, runId);
    expect(run).toMatchObject({
      id: runId,
      kind: "persons",
      format: "csv",
      fileName: "viele-personen.csv",
      key: "externalId",
      status: "done",
      rowsTotal: ROWS,
      rowsDone: ROWS,
      counts: { create: ROWS, update: 0, skip: 0 },
    });
    expect(run?.startedBy).toBeTruthy();
    expect(run?.finishedAt).not.toBeNull();

    // The history lists it first; another centre neither sees it there nor by its id.
    const history = ImportRunListSchema.parse(await (await advisor.get("/api/imports")).json());
    expect(history.items[0]?.id).toBe(runId);
    expect((await progressOf(otherAdvisor, runId)).status).toBe(404);
    const otherHistory = ImportRunListSchema.parse(await (await otherAdvisor.get("/api/imports")).json());
    expect(otherHistory.items.map((each) => each.id)).not.toContain(runId);
  }, 120_000);

  it("refuses a run id that is taken or no UUID, naming the field, and writes nothing", async () => {
    const runId = randomUUID();
    const tag = `t${Date.now().toString(36)}`;
    const first = await commit(reader, manyPersons(2, tag, "03.04.1991"), `runId=${runId}`);
    expect(first.status).toBe(201);
    // The first file was written under the id, so the id is taken.
    expect(((await first.json()) as { importId: string | null }).importId).toBe(runId);
    const again = await commit(reader, manyPersons(2, `${tag}x`, "05.06.1992"), `runId=${runId}`);
    expect(again.status).toBe(409);
    expect(((await again.json()) as { error: { details: { reason: string } } }).error.details.reason).toBe(
      "import_run_exists",
    );
    const persons = await advisor.get(`/api/persons?q=Fortschritt${tag}x`);
    expect(((await persons.json()) as { items: unknown[] }).items).toEqual([]);

    const bad = await commit(reader, manyPersons(1, `${tag}y`, "07.08.1993"), "runId=nicht-uuid");
    expect(bad.status).toBe(422);
    const body = (await bad.json()) as { error: { details: { path: string }[] } };
    expect(body.error.details.map((issue) => issue.path)).toContain("runId");
    expect((await advisor.get("/api/imports/nicht-vorhanden")).status).toBe(404);
  });
});
