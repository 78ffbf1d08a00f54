import { beforeAll, describe, expect, it } from "vitest";
import {
  DuplicateDismissalListSchema,
  DuplicateDismissalSchema,
  DuplicatePairListSchema,
} from "#shared/schemas/person-merge.ts";
import { createPerson, createTwoCentres, createUser, TEST_PASSWORD } from "../factories/index.ts";
import { type Client, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
const lane = process.env.TEST_DB ?? "sqlite";
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
let colleague: Client;
let otherAdvisor: Client;
let admin: Client;

beforeAll(async () => {
  cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
  const second = await createUser(db, { role: "advisor", centreId: cast.own.centre.id });
  colleague = await signIn(app, second.email, TEST_PASSWORD);
  otherAdvisor = await signIn(app, cast.other.advisor.email, TEST_PASSWORD);
  admin = await signIn(app, cast.own.admin.email, TEST_PASSWORD);
});

let serial = 0;
const unique = () => `${(serial++).toString(36)}${Date.now().toString(36)}`.replace(/\d/g, "x");

/** Two persons of the own centre that the duplicates screen pairs: same name, birth dates a typo apart. */
async function namesakes() {
  const familyName = `Brenner${unique()}`;
  const a = await createPerson(db, cast.own.centre.id, {
    familyName,
    givenNames: "Selin",
    birthDate: "1990-04-12",
  });
  const b = await createPerson(db, cast.own.centre.id, {
    familyName,
    givenNames: "Selin",
    birthDate: "1990-04-21",
  });
  return [a.id, b.id] as const;
}

const listed = async (client: Client, a: string, b: string) => {
  const response = await client.get("/api/persons/duplicate-pairs");
  expect(response.status).toBe(200);
  return DuplicatePairListSchema.parse(await response.json()).items.some((pair) => {
    const ids = pair.persons.map((person) => person.id);
    return ids.includes(a) && ids.includes(b);
  });
};
const dismissals = async (client: Client) => {
  const response = await client.get("/api/persons/duplicate-pairs/dismissals");
  expect(response.status).toBe(200);
  return DuplicateDismissalListSchema.parse(await response.json()).items;
};
const auditActions = async (action: string, entityId: string) =>
  db
    .selectFrom("audit_log")
    .select("action")
    .where("action", "=", action)
    .where("entity_id", "=", entityId)
    .execute();

describe(`"Kein Duplikat" marks (${lane})`, () => {
  it("takes the pair off the duplicates screen for every advisor of the centre, audited, and back on when taken back", async () => {
    const [a, b] = await namesakes();
    expect(await listed(advisor, a, b)).toBe(true);

    const response = await advisor.post("/api/persons/duplicate-pairs/dismissals", { personIds: [b, a] });
    expect(response.status, await response.clone().text()).toBe(201);
    const mark = DuplicateDismissalSchema.parse(await response.json());
    expect(mark.persons.map((person) => person.id)).toEqual([a, b].sort());
    expect(mark.dismissedBy).toBeTruthy();

    expect(await listed(advisor, a, b)).toBe(false);
    expect(await listed(colleague, a, b), "for everyone in the centre").toBe(false);
    expect((await dismissals(colleague)).map((each) => each.id)).toContain(mark.id);
    const first = [a, b].sort()[0] as string;
    expect(await auditActions("person.duplicate_dismiss", first)).toHaveLength(1);

    // Marking it again (another advisor, a moment later) answers the same mark and writes nothing new.
    const again = await colleague.post("/api/persons/duplicate-pairs/dismissals", { personIds: [a, b] });
    expect(again.status).toBe(200);
    expect(DuplicateDismissalSchema.parse(await again.json()).id).toBe(mark.id);
    expect(await auditActions("person.duplicate_dismiss", first)).toHaveLength(1);

    // Another centre neither sees nor takes back the mark.
    expect((await dismissals(otherAdvisor)).map((each) => each.id)).not.toContain(mark.id);
    await expectError(
      await otherAdvisor.delete(`/api/persons/duplicate-pairs/dismissals/${mark.id}`),
      404,
      "not_found",
    );

    const restored = await colleague.delete(`/api/persons/duplicate-pairs/dismissals/${mark.id}`);
    expect(restored.status).toBe(204);
    expect(await listed(advisor, a, b)).toBe(true);
    expect((await dismissals(advisor)).map((each) => each.id)).not.toContain(mark.id);
    expect(await auditActions("person.duplicate_restore", first)).toHaveLength(1);
    await expectError(
      await advisor.delete(`/api/persons/duplicate-pairs/dismissals/${mark.id}`),
      404,
      "not_found",
    );
  });

  it("answers another centre's person with 404, bad ids with 4xx naming the field, and other roles with 403", async () => {
    const [a] = await namesakes();
    const foreign = await createPerson(db, cast.other.centre.id, { familyName: `Fremd${unique()}` });
    await expectError(
      await advisor.post("/api/persons/duplicate-pairs/dismissals", { personIds: [a, foreign.id] }),
      404,
      "not_found",
    );
    await expectError(
      await advisor.post("/api/persons/duplicate-pairs/dismissals", { personIds: [a, "kein-person-id"] }),
      404,
      "not_found",
    );
    for (const body of [
      { personIds: [a, a] },
      { personIds: [a] },
      { personIds: [a, ""] },
      {},
      { personIds: [a, 7] },
    ]) {
      const error = await expectError(
        await advisor.post("/api/persons/duplicate-pairs/dismissals", body),
        422,
        "validation_failed",
      );
      expect(JSON.stringify(error.details)).toContain("personIds");
    }
    expect(
      (await advisor.delete("/api/persons/duplicate-pairs/dismissals/%20")).status,
    ).toBeGreaterThanOrEqual(400);
    expect((await advisor.delete("/api/persons/duplicate-pairs/dismissals/%20")).status).toBeLessThan(500);
    expect(
      (await admin.post("/api/persons/duplicate-pairs/dismissals", { personIds: [a, foreign.id] })).status,
    ).toBe(403);
  });

  it("goes with the merged person when the pair is merged after all", async () => {
    const [a, b] = await namesakes();
    const third = await createPerson(db, cast.own.centre.id, { familyName: `Dritte${unique()}` });
    const mark = await advisor.post("/api/persons/duplicate-pairs/dismissals", { personIds: [b, third.id] });
    expect(mark.status).toBe(201);
    const version = async (id: string) =>
      ((await (await advisor.get(`/api/persons/${id}`)).json()) as { version: number }).version;
    const merged = await advisor.post(`/api/persons/${a}/merge`, {
      mergedId: b,
      version: await version(a),
      mergedVersion: await version(b),
    });
    expect(merged.status, await merged.clone().text()).toBe(200);
    const left = await dismissals(advisor);
    expect(left.some((each) => each.persons.some((person) => person.id === b))).toBe(false);
    const rows = await db
      .selectFrom("duplicate_dismissals")
      .select("id")
      .where("second_person_id", "=", b)
      .execute();
    expect(rows).toEqual([]);
  });
});
