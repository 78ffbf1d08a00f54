import { beforeAll, describe, expect, it } from "vitest";
import { setupTestApp } from "../setup/test-app.ts";
import type { MatrixRole } from "./authorization-matrix.ts";
import { createMatrixCast, labelledRowsOf } from "./matrix-cast.ts";

const { app, db } = await setupTestApp();
const lane = process.env.TEST_DB ?? "sqlite";
let matrixCast: Awaited<ReturnType<typeof createMatrixCast>>;

beforeAll(async () => {
  matrixCast = await createMatrixCast(app, db);
}, 60_000);

const signedInRoles: MatrixRole[] = ["admin", "advisor", "manager", "employer"];
let serial = 0;

/** The persons an answer shows: any person id in it, and the target person's own (unique) family name. */
async function personsShownIn(text: string, targetPersonId: string | undefined) {
  const persons = await db.selectFrom("persons").select(["id", "family_name"]).execute();
  return persons
    .filter(
      (person) =>
        text.includes(person.id) || (person.id === targetPersonId && text.includes(person.family_name)),
    )
    .map((person) => person.id);
}

async function personsAuditedFor(requestId: string) {
  const rows = await db
    .selectFrom("audit_persons")
    .innerJoin("audit_log", "audit_log.id", "audit_persons.audit_id")
    .select("audit_persons.person_id")
    .where("audit_log.request_id", "=", requestId)
    .execute();
  return new Set(rows.map((row) => row.person_id));
}

describe(`every answer with person data is audited naming the persons (${lane})`, () => {
  it.each(labelledRowsOf(app))(
    "%s",
    async (_label, row) => {
      const missing: string[] = [];
      for (const role of signedInRoles) {
        const status = row.own[role];
        if (status < 200 || status >= 300) continue;
        const requestId = `coverage-${lane}-${++serial}`;
        const { response, url, target } = await matrixCast.send(row, role, "own", {
          build: true,
          headers: { "X-Request-Id": requestId },
        });
        const text = await response.text();
        const shown = await personsShownIn(text, target?.personId);
        if (shown.length === 0) continue;
        const audited = await personsAuditedFor(requestId);
        const unaudited = shown.filter((personId) => !audited.has(personId));
        if (unaudited.length > 0)
          missing.push(
            `${row.method} ${url} as ${role} (${response.status}) shows ${unaudited.join(", ")} unaudited`,
          );
      }
      expect(missing).toEqual([]);
    },
    60_000,
  );
});
