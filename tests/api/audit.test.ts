import { beforeAll, describe, expect, it } from "vitest";
import { newId } from "#server/lib/ids.ts";
import { nowIso } from "#server/lib/time.ts";
import { accessKindOf } from "#shared/audit/access-kind.ts";
import { AuditPageSchema } from "#shared/schemas/audit.ts";
import { addDays, todayInBerlin } from "#shared/time/calendar.ts";
import { createPerson, createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { type Client, clientFor, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let admin: Client;
beforeAll(async () => {
  cast = await createTwoCentres(db);
  await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
  await signIn(app, cast.other.advisor.email, TEST_PASSWORD);
  await clientFor(app).post("/api/auth/login", {
    email: cast.own.manager.email,
    password: "falsch-falsch-falsch",
  });
  admin = await signIn(app, cast.own.admin.email, TEST_PASSWORD);
});

describe("audit log", () => {
  it("shows the admin the own centre's sign-ins, failures included, newest first, and nothing of other centres", async () => {
    const page = AuditPageSchema.parse(await (await admin.get("/api/audit?limit=100")).json());
    const entries = page.items.map((entry) => [entry.action, entry.entityId]);
    expect(entries).toContainEqual(["auth.login", cast.own.advisor.id]);
    expect(entries).toContainEqual(["auth.login_failed", cast.own.manager.id]);
    expect(entries).not.toContainEqual(["auth.login", cast.other.advisor.id]);
    expect(page.items.every((entry) => entry.centreId === cast.own.centre.id)).toBe(true);
    const times = page.items.map((entry) => entry.at);
    expect(times).toEqual([...times].sort().reverse());
    expect(page.items[0]?.requestId).toMatch(/^[\w-]{8,}$/);
    const signIn = page.items.find(
      (entry) => entry.action === "auth.login" && entry.entityId === cast.own.advisor.id,
    );
    expect(signIn).toMatchObject({ userId: cast.own.advisor.id, userEmail: cast.own.advisor.email });
    const failure = page.items.find((entry) => entry.action === "auth.login_failed");
    expect(failure).toMatchObject({ userId: cast.own.manager.id, userEmail: cast.own.manager.email });
  });

  it("filters by action, user and day, and pages with a cursor", async () => {
    const failed = AuditPageSchema.parse(
      await (await admin.get("/api/audit?action=auth.login_failed")).json(),
    );
    expect(failed.items.map((entry) => entry.entityId)).toEqual([cast.own.manager.id]);
    const byUser = AuditPageSchema.parse(
      await (await admin.get(`/api/audit?userId=${cast.own.advisor.id}`)).json(),
    );
    expect(byUser.items.every((entry) => entry.userId === cast.own.advisor.id)).toBe(true);
    const tomorrow = addDays(todayInBerlin(), 2);
    const future = AuditPageSchema.parse(await (await admin.get(`/api/audit?from=${tomorrow}`)).json());
    expect(future.items).toEqual([]);
    const first = AuditPageSchema.parse(await (await admin.get("/api/audit?limit=1")).json());
    const second = AuditPageSchema.parse(
      await (await admin.get(`/api/audit?limit=1&cursor=${first.nextCursor}`)).json(),
    );
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    expect((second.items[0]?.at ?? "") <= (first.items[0]?.at ?? "")).toBe(true);
  });

  it("names the field for a malformed date", async () => {
    const error = await expectError(await admin.get("/api/audit?from=25.11.2026"), 422, "validation_failed");
    expect(error.details).toEqual([expect.objectContaining({ path: "from" })]);
  });

  it("is readable only by admins and offers no way to change entries", async () => {
    const advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
    await expectError(await advisor.get("/api/audit"), 403, "forbidden");
    const [entry] = AuditPageSchema.parse(await (await admin.get("/api/audit?limit=1")).json()).items;
    await expectError(await admin.patch(`/api/audit/${entry?.id}`, { action: "x" }), 404, "not_found");
    await expectError(await admin.delete(`/api/audit/${entry?.id}`), 404, "not_found");
    const stored = await db
      .selectFrom("audit_log")
      .select("action")
      .where("id", "=", entry?.id ?? "")
      .executeTakeFirst();
    expect(stored?.action).toBe(entry?.action);
  });
});

describe("audit log of person access", () => {
  const kinds = ["read", "change", "export", "release", "anonymisation"] as const;
  /** Actions of every kind, as the server writes them or as later channels will. */
  const actionsOfEveryKind = [
    "placement.contact_release",
    "person.export",
    "person.anonymise",
    "person.access_history",
    "agency.person.read",
    "matching.offers",
    "person.duplicates",
    "case.transition",
    "consent.withdraw",
  ];
  let person: Awaited<ReturnType<typeof createPerson>>;
  let otherCentrePerson: Awaited<ReturnType<typeof createPerson>>;

  async function insertEntry(action: string, personIds: string[], centreId = cast.own.centre.id) {
    const id = newId();
    await db
      .insertInto("audit_log")
      .values({
        id,
        at: nowIso(),
        user_id: cast.own.advisor.id,
        user_email: cast.own.advisor.email,
        role: "advisor",
        centre_id: centreId,
        action,
        entity: "person",
        entity_id: null,
        request_id: null,
        ip: null,
        details: null,
      })
      .execute();
    for (const personId of personIds)
      await db.insertInto("audit_persons").values({ person_id: personId, audit_id: id }).execute();
    return id;
  }

  const entriesFor = async (query: string) =>
    AuditPageSchema.parse(await (await admin.get(`/api/audit?limit=100&${query}`)).json()).items;

  beforeAll(async () => {
    person = await createPerson(db, cast.own.centre.id, { familyName: "Okafor", givenNames: "Chiamaka" });
    otherCentrePerson = await createPerson(db, cast.other.centre.id, {
      familyName: "Nowak",
      givenNames: "Ewa",
    });
    const advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
    expect((await advisor.get(`/api/persons/${person.id}`)).status).toBe(200);
    for (const action of actionsOfEveryKind) await insertEntry(action, [person.id]);
    await insertEntry("person.list", [person.id, otherCentrePerson.id]);
  });

  it("names the persons an entry concerns, never another centre's", async () => {
    const entries = await entriesFor(`personId=${person.id}`);
    const read = entries.find((entry) => entry.action === "person.read");
    expect(read?.persons).toEqual([{ id: person.id, name: "Okafor, Chiamaka" }]);
    expect(read?.personCount).toBe(1);
    const list = entries.find((entry) => entry.action === "person.list");
    expect(list?.persons).toEqual([{ id: person.id, name: "Okafor, Chiamaka" }]);
    expect(JSON.stringify(entries)).not.toContain("Nowak");
    expect(entries.every((entry) => entry.persons.some((named) => named.id === person.id))).toBe(true);
  });

  it.each(kinds)("filters the %s entries exactly as the access history classifies them", async (kind) => {
    // Each reading of the log is itself a read of the persons it names: leave those entries out.
    const fixed = (entries: { id: string; action: string }[]) =>
      entries.filter((entry) => entry.action !== "audit.list").map((entry) => entry.id);
    const filtered = await entriesFor(`personId=${person.id}&kind=${kind}`);
    expect(fixed(filtered).length).toBeGreaterThan(0);
    expect(filtered.every((entry) => accessKindOf(entry.action) === kind)).toBe(true);
    const all = await entriesFor(`personId=${person.id}`);
    expect(fixed(filtered)).toEqual(fixed(all.filter((entry) => accessKindOf(entry.action) === kind)));
  });

  it("keeps entries that name no person out of the kind filter", async () => {
    const reads = await entriesFor("kind=change");
    expect(reads.some((entry) => entry.action.startsWith("auth."))).toBe(false);
    expect(reads.every((entry) => entry.personCount > 0)).toBe(true);
  });

  it("audits the admin's reading of names as a read of those persons", async () => {
    const requestId = `audit-names-${process.env.TEST_DB ?? "sqlite"}`;
    const response = await admin.get(`/api/audit?personId=${person.id}&kind=change&limit=5`, {
      headers: { "X-Request-Id": requestId },
    });
    expect(response.status).toBe(200);
    const audited = await db
      .selectFrom("audit_log")
      .innerJoin("audit_persons", "audit_persons.audit_id", "audit_log.id")
      .select(["audit_log.action", "audit_persons.person_id"])
      .where("audit_log.request_id", "=", requestId)
      .execute();
    expect(audited).toEqual([{ action: "audit.list", person_id: person.id }]);
  });

  it("shows its own reading entries with a count but no names, so looking at the log names nobody again", async () => {
    const requestId = `audit-quiet-${process.env.TEST_DB ?? "sqlite"}`;
    await admin.get(`/api/audit?personId=${person.id}&kind=change&limit=5`, {
      headers: { "X-Request-Id": requestId },
    });
    const entries = await entriesFor(`personId=${person.id}&kind=read`);
    const ownRead = entries.find((entry) => entry.requestId === requestId);
    expect(ownRead).toMatchObject({ action: "audit.list", persons: [], personCount: 1 });
  });

  it("refuses an unknown kind naming the field", async () => {
    const error = await expectError(await admin.get("/api/audit?kind=peek"), 422, "validation_failed");
    expect(error.details).toEqual([expect.objectContaining({ path: "kind" })]);
  });
});
