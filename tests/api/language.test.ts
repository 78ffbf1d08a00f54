import { beforeAll, describe, expect, it } from "vitest";
import {
  LanguageEntrySchema,
  LanguageOverviewSchema,
  LanguageSessionResultSchema,
} from "#shared/schemas/language.ts";
import { PersonPageSchema, PersonSchema } from "#shared/schemas/person.ts";
import { addDays, todayInBerlin } from "#shared/time/calendar.ts";
import { createPerson, createTwoCentres, createUser, TEST_PASSWORD } from "../factories/index.ts";
import { type Client, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
let otherAdvisor: Client;
let colleague: Client;
beforeAll(async () => {
  cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
  otherAdvisor = await signIn(app, cast.other.advisor.email, TEST_PASSWORD);
  const second = await createUser(db, { role: "advisor", centreId: cast.own.centre.id });
  colleague = await signIn(app, second.email, TEST_PASSWORD);
});

const telcB2 = {
  source: "certificate",
  language: "de",
  date: "2025-03-10",
  provider: "telc",
  certificateNumber: "T-2025-0042",
  levels: { listening: "B2", reading: "B2", writing: "B2", speaking: "B2", overall: "B2" },
};
const speakingB1 = {
  source: "assessment",
  date: "2025-09-01",
  assessorType: "advisor",
  assessorName: "Frau Lindner",
  note: "Gespräch über den Arbeitsalltag",
  levels: { speaking: "B1" },
};

const auditActions = async (entityId: string) =>
  (
    await db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", entityId)
      .orderBy("at")
      .execute()
  ).map((row) => row.action);

const personRow = (id: string) =>
  db
    .selectFrom("persons")
    .select(["german_level", "german_levels", "certificate_gap", "version"])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();

describe("recording language entries", () => {
  it("records a certificate and a later assessment, computes current levels and the gap", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    const created = await advisor.post(`/api/persons/${person.id}/language`, telcB2);
    expect(created.status).toBe(201);
    const certificate = LanguageEntrySchema.parse(await created.json());
    expect(certificate).toMatchObject({
      source: "certificate",
      provider: "telc",
      version: 1,
      personId: person.id,
    });
    expect(await personRow(person.id)).toMatchObject({ german_level: "B2", certificate_gap: 0, version: 1 });

    const assessed = await advisor.post(`/api/persons/${person.id}/language`, speakingB1);
    expect(assessed.status).toBe(201);

    const overview = LanguageOverviewSchema.parse(
      await (await advisor.get(`/api/persons/${person.id}/language`)).json(),
    );
    expect(overview.items.map((item) => item.source)).toEqual(["assessment", "certificate"]);
    const german = overview.languages[0];
    expect(german?.language).toBe("de");
    expect(german?.current.speaking).toEqual({ level: "B1", source: "assessment", on: "2025-09-01" });
    expect(german?.certificates.speaking).toMatchObject({ level: "B2", source: "certificate" });
    expect(german?.gaps.map((gap) => gap.skill)).toEqual(["speaking"]);
    expect(await personRow(person.id)).toMatchObject({ german_level: "B2", certificate_gap: 1, version: 1 });

    const detail = PersonSchema.parse(await (await advisor.get(`/api/persons/${person.id}`)).json());
    expect(detail).toMatchObject({ germanLevel: "B2", certificateGap: true });
    expect(await auditActions(person.id)).toContain("language.read");
    expect(await auditActions(certificate.id)).toEqual(["language.create"]);
  });

  it("derives no skill from another skill's entry: an untested skill keeps its certificate, gaps per skill", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    const b1 = { listening: "B1", reading: "B1", writing: "B1", speaking: "B1", overall: "B1" };
    expect((await advisor.post(`/api/persons/${person.id}/language`, { ...telcB2, levels: b1 })).status).toBe(
      201,
    );
    const partial = { ...speakingB1, date: "2025-10-01", levels: { speaking: "A2", overall: "A2" } };
    expect((await advisor.post(`/api/persons/${person.id}/language`, partial)).status).toBe(201);

    const overview = LanguageOverviewSchema.parse(
      await (await advisor.get(`/api/persons/${person.id}/language`)).json(),
    );
    const german = overview.languages[0];
    expect(german?.gaps.map((gap) => gap.skill)).toEqual(["speaking", "overall"]);
    expect(german?.current).toEqual({
      listening: { level: "B1", source: "certificate", on: "2025-03-10" },
      reading: { level: "B1", source: "certificate", on: "2025-03-10" },
      writing: { level: "B1", source: "certificate", on: "2025-03-10" },
      speaking: { level: "A2", source: "assessment", on: "2025-10-01" },
      overall: { level: "A2", source: "assessment", on: "2025-10-01" },
    });
    const row = await personRow(person.id);
    expect(row).toMatchObject({ german_level: "A2", certificate_gap: 1 });
    expect(JSON.parse(row.german_levels ?? "{}").listening).toEqual({
      level: "B1",
      source: "certificate",
      on: "2025-03-10",
    });

    const overallOnly = await createPerson(db, cast.own.centre.id);
    const employerLike = { ...speakingB1, levels: { overall: "B1" } };
    expect((await advisor.post(`/api/persons/${overallOnly.id}/language`, employerLike)).status).toBe(201);
    const only = await personRow(overallOnly.id);
    expect(Object.keys(JSON.parse(only.german_levels ?? "{}"))).toEqual(["overall"]);
  });

  it("migration 0010 recomputes German columns written under the old overall-stands-in rule", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    await advisor.post(`/api/persons/${person.id}/language`, { ...telcB2, levels: { overall: "B2" } });
    await advisor.post(`/api/persons/${person.id}/language`, { ...speakingB1, levels: { listening: "B1" } });
    const derived = { level: "B2", source: "certificate", on: "2025-03-10", viaOverall: true };
    await db
      .updateTable("persons")
      .set({
        german_levels: JSON.stringify({ overall: { ...derived, viaOverall: undefined }, reading: derived }),
        certificate_gap: 1,
      })
      .where("id", "=", person.id)
      .execute();
    const { up } = await import("../../migrations/2026-11-26-0010-language-rule-backfill.ts");
    await up(db);
    const row = await personRow(person.id);
    expect(row).toMatchObject({ german_level: "B2", certificate_gap: 0 });
    expect(JSON.parse(row.german_levels ?? "{}")).toEqual({
      listening: { level: "B1", source: "assessment", on: "2025-09-01" },
      overall: { level: "B2", source: "certificate", on: "2025-03-10" },
    });
  });

  it("keeps the summary right when two entries for one person arrive at once", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    const responses = await Promise.all([
      advisor.post(`/api/persons/${person.id}/language`, telcB2),
      colleague.post(`/api/persons/${person.id}/language`, speakingB1),
    ]);
    expect(responses.map((response) => response.status)).toEqual([201, 201]);
    expect(await personRow(person.id)).toMatchObject({ german_level: "B2", certificate_gap: 1 });
  });

  it("keeps other languages out of the German summary", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    const response = await advisor.post(`/api/persons/${person.id}/language`, {
      ...speakingB1,
      language: "en",
      levels: { overall: "C1" },
    });
    expect(response.status).toBe(201);
    expect(await personRow(person.id)).toMatchObject({
      german_level: null,
      german_levels: null,
      certificate_gap: 0,
    });
    const overview = LanguageOverviewSchema.parse(
      await (await advisor.get(`/api/persons/${person.id}/language`)).json(),
    );
    expect(overview.languages.map((entry) => entry.language)).toEqual(["en"]);
  });

  it.each([
    [{ levels: { speaking: "B3" } }, "levels.speaking"],
    [{ levels: {} }, "levels"],
    [{ provider: "testdaf", levels: { reading: "A2" } }, "levels.reading"],
    [{ date: addDays(todayInBerlin(), 1) }, "date"],
    [{ provider: "cambridge" }, "provider"],
    [{ language: "xx" }, "language"],
    [{ source: "hearsay" }, "source"],
  ])("rejects %j naming %s", async (change, field) => {
    const person = await createPerson(db, cast.own.centre.id);
    const error = await expectError(
      await advisor.post(`/api/persons/${person.id}/language`, { ...telcB2, ...change }),
      422,
      "validation_failed",
    );
    expect((error.details as { path: string }[]).map((issue) => issue.path)).toContain(field);
  });

  it("requires the assessor's name for an assessment", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    const error = await expectError(
      await advisor.post(`/api/persons/${person.id}/language`, { ...speakingB1, assessorName: " " }),
      422,
      "validation_failed",
    );
    expect(error.details).toEqual([
      { path: "assessorName", code: "assessor_required", message: "Bitte angeben, wer eingeschätzt hat" },
    ]);
  });
});

describe("changing and deleting entries", () => {
  it("updates with the version, refreshes the summary, answers 409 for a stale version", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    await advisor.post(`/api/persons/${person.id}/language`, telcB2);
    const assessment = LanguageEntrySchema.parse(
      await (await advisor.post(`/api/persons/${person.id}/language`, speakingB1)).json(),
    );
    expect((await personRow(person.id)).certificate_gap).toBe(1);
    const response = await advisor.patch(`/api/persons/${person.id}/language/${assessment.id}`, {
      version: 1,
      levels: { speaking: "B2" },
    });
    expect(response.status).toBe(200);
    expect(LanguageEntrySchema.parse(await response.json())).toMatchObject({
      version: 2,
      levels: { speaking: "B2" },
    });
    expect((await personRow(person.id)).certificate_gap).toBe(0);

    const stale = await expectError(
      await advisor.patch(`/api/persons/${person.id}/language/${assessment.id}`, { version: 1, note: "x" }),
      409,
      "conflict",
    );
    expect(stale.details).toMatchObject({ reason: "stale_version", current: { version: 2 } });
    expect(await auditActions(assessment.id)).toEqual(["language.create", "language.update"]);
  });

  it("refuses fields of the other source and TestDaF below B2 on update", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    const entry = LanguageEntrySchema.parse(
      await (await advisor.post(`/api/persons/${person.id}/language`, telcB2)).json(),
    );
    const wrong = await expectError(
      await advisor.patch(`/api/persons/${person.id}/language/${entry.id}`, {
        version: 1,
        assessorName: "X",
      }),
      422,
      "validation_failed",
    );
    expect(wrong.details).toMatchObject([{ path: "assessorName" }]);
    const testdaf = await expectError(
      await advisor.patch(`/api/persons/${person.id}/language/${entry.id}`, {
        version: 1,
        provider: "testdaf",
        levels: { overall: "B1" },
      }),
      422,
      "validation_failed",
    );
    expect(testdaf.details).toMatchObject([{ path: "levels.overall" }]);
  });

  it("lets only the recording advisor delete an entry", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    const entry = LanguageEntrySchema.parse(
      await (await advisor.post(`/api/persons/${person.id}/language`, speakingB1)).json(),
    );
    await expectError(
      await colleague.delete(`/api/persons/${person.id}/language/${entry.id}`),
      403,
      "forbidden",
    );
    const deleted = await advisor.delete(`/api/persons/${person.id}/language/${entry.id}`);
    expect(deleted.status).toBe(204);
    expect(await personRow(person.id)).toMatchObject({ german_level: null, german_levels: null });
    expect(await auditActions(entry.id)).toEqual(["language.create", "language.delete"]);
  });
});

describe("tenancy and roles", () => {
  it("answers 404 for another centre's person on read and write", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    const entry = LanguageEntrySchema.parse(
      await (await advisor.post(`/api/persons/${person.id}/language`, telcB2)).json(),
    );
    await expectError(await otherAdvisor.get(`/api/persons/${person.id}/language`), 404, "not_found");
    await expectError(
      await otherAdvisor.post(`/api/persons/${person.id}/language`, telcB2),
      404,
      "not_found",
    );
    await expectError(
      await otherAdvisor.patch(`/api/persons/${person.id}/language/${entry.id}`, { version: 1, note: "x" }),
      404,
      "not_found",
    );
    await expectError(
      await otherAdvisor.delete(`/api/persons/${person.id}/language/${entry.id}`),
      404,
      "not_found",
    );
    expect(await auditActions(entry.id)).toEqual(["language.create"]);
  });

  it("answers 403 to managers and employers", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    for (const user of [cast.own.manager, cast.own.employer]) {
      const client = await signIn(app, user.email, TEST_PASSWORD);
      await expectError(await client.get(`/api/persons/${person.id}/language`), 403, "forbidden");
      await expectError(await client.post(`/api/persons/${person.id}/language`, telcB2), 403, "forbidden");
      await expectError(
        await client.post("/api/language-sessions", {
          date: "2025-01-01",
          companyName: "X",
          assessorName: "Y",
          participants: [{ personId: person.id, levels: { speaking: "A2" } }],
        }),
        403,
        "forbidden",
      );
    }
  });
});

describe("persons list", () => {
  it("shows the German level and filters certificateGap=true", async () => {
    const gapPerson = await createPerson(db, cast.own.centre.id, { familyName: "Lückenhaft" });
    const fine = await createPerson(db, cast.own.centre.id, { familyName: "Lückenlos" });
    await advisor.post(`/api/persons/${gapPerson.id}/language`, telcB2);
    await advisor.post(`/api/persons/${gapPerson.id}/language`, speakingB1);
    await advisor.post(`/api/persons/${fine.id}/language`, telcB2);

    const page = PersonPageSchema.parse(
      await (await advisor.get("/api/persons?certificateGap=true&limit=200")).json(),
    );
    const ids = page.items.map((item) => item.id);
    expect(ids).toContain(gapPerson.id);
    expect(ids).not.toContain(fine.id);
    expect(page.items.every((item) => item.certificateGap)).toBe(true);

    const all = PersonPageSchema.parse(await (await advisor.get("/api/persons?q=Lücken")).json());
    expect(all.items.map((item) => [item.familyName, item.germanLevel, item.certificateGap])).toEqual([
      ["Lückenhaft", "B2", true],
      ["Lückenlos", "B2", false],
    ]);
    await expectError(await advisor.get("/api/persons?certificateGap=yes"), 422, "validation_failed");
  });
});

describe("Betriebssprachtag", () => {
  const session = (personIds: string[], extra: Record<string, unknown> = {}) => ({
    date: "2025-10-15",
    companyId: cast.own.company.id,
    assessorName: "Meister Brandt",
    participants: personIds.map((personId, index) => ({
      personId,
      levels: { speaking: index % 2 === 0 ? "A2" : "B1", listening: "B1" },
      note: `Teilnehmer ${index + 1}`,
    })),
    ...extra,
  });

  it("records one assessment per participant", async () => {
    const a = await createPerson(db, cast.own.centre.id);
    const b = await createPerson(db, cast.own.centre.id);
    await advisor.post(`/api/persons/${a.id}/language`, telcB2);
    const response = await advisor.post("/api/language-sessions", session([a.id, b.id]));
    expect(response.status).toBe(201);
    const result = LanguageSessionResultSchema.parse(await response.json());
    expect(result.items.map((item) => [item.personId, item.assessorType, item.companyName])).toEqual([
      [a.id, "betriebssprachtag", cast.own.company.name],
      [b.id, "betriebssprachtag", cast.own.company.name],
    ]);
    expect(result.items.every((item) => item.sessionId === result.sessionId)).toBe(true);
    expect(await personRow(a.id)).toMatchObject({ certificate_gap: 1 });
    expect(await personRow(b.id)).toMatchObject({ german_level: "B1", certificate_gap: 0 });
    for (const item of result.items) expect(await auditActions(item.id)).toEqual(["language.create"]);
  });

  it("writes nothing when one participant is unknown or of another centre", async () => {
    const a = await createPerson(db, cast.own.centre.id);
    const foreign = await createPerson(db, cast.other.centre.id);
    const error = await expectError(
      await advisor.post("/api/language-sessions", session([a.id, foreign.id])),
      422,
      "validation_failed",
    );
    expect(error.details).toEqual([
      { path: "participants.1.personId", code: "person_not_found", message: "Person nicht gefunden" },
    ]);
    const rows = await db.selectFrom("language_entries").select("id").where("person_id", "=", a.id).execute();
    expect(rows).toEqual([]);
  });

  it("refuses another centre's company and a missing company", async () => {
    const a = await createPerson(db, cast.own.centre.id);
    const foreignCompany = await expectError(
      await advisor.post("/api/language-sessions", session([a.id], { companyId: cast.other.company.id })),
      422,
      "validation_failed",
    );
    expect(foreignCompany.details).toMatchObject([{ path: "companyId" }]);
    const none = await expectError(
      await advisor.post("/api/language-sessions", session([a.id], { companyId: null })),
      422,
      "validation_failed",
    );
    expect(none.details).toMatchObject([{ path: "companyId" }]);
    const freeText = await advisor.post(
      "/api/language-sessions",
      session([a.id], { companyId: null, companyName: "Bäckerei Sonnenschein" }),
    );
    expect(freeText.status).toBe(201);
    const result = LanguageSessionResultSchema.parse(await freeText.json());
    expect(result.items[0]?.companyName).toBe("Bäckerei Sonnenschein");
  });

  it("names a duplicate participant", async () => {
    const a = await createPerson(db, cast.own.centre.id);
    const error = await expectError(
      await advisor.post("/api/language-sessions", session([a.id, a.id])),
      422,
      "validation_failed",
    );
    expect(error.details).toMatchObject([{ path: "participants.1.personId" }]);
  });
});
