import { beforeAll, describe, expect, it } from "vitest";
import { newId } from "#server/lib/ids.ts";
import { PersonSchema } from "#shared/schemas/person.ts";
import { DuplicatePairListSchema, MergedPersonSchema } from "#shared/schemas/person-merge.ts";
import { addDays, todayInBerlin } from "#shared/time/calendar.ts";
import { samplePdf, uploadFile } from "../factories/documents.ts";
import { createOfferRow } from "../factories/employers.ts";
import { createPerson, createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { createCaseFile } from "../factories/records.ts";
import { type Client, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
const today = todayInBerlin();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
let otherAdvisor: Client;

beforeAll(async () => {
  cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
  otherAdvisor = await signIn(app, cast.other.advisor.email, TEST_PASSWORD);
});

async function ok<T = { id: string; version: number }>(response: Response, status = 200): Promise<T> {
  expect(response.status, await response.clone().text()).toBe(status);
  return (await response.json()) as T;
}

const personOf = async (id: string) => PersonSchema.parse(await ok(await advisor.get(`/api/persons/${id}`)));
const pairs = async (client = advisor) =>
  DuplicatePairListSchema.parse(await ok(await client.get("/api/persons/duplicate-pairs"))).items;
const pairOf = (items: Awaited<ReturnType<typeof pairs>>, a: string, b: string) =>
  items.find((pair) => {
    const ids = pair.persons.map((person) => person.id);
    return ids.includes(a) && ids.includes(b);
  });
const idsOf = async (path: string) =>
  ((await ok<{ items: { id: string }[] }>(await advisor.get(path))).items ?? []).map((item) => item.id);
const merge = (survivorId: string, body: Record<string, unknown>, client = advisor) =>
  client.post(`/api/persons/${survivorId}/merge`, body);

let serial = 0;
const unique = () => `${(serial++).toString(36)}${Date.now().toString(36)}`.replace(/\d/g, "x");

/** The merged person of a pair: a case file (case, activity, consent, task) plus every other sub-resource. */
async function fullDuplicate() {
  const file = await createCaseFile(db, advisor, cast.own.centre.id);
  const personId = file.personId;
  const language = await ok(
    await advisor.post(`/api/persons/${personId}/language`, {
      source: "certificate",
      date: "2026-03-17",
      levels: { overall: "B2" },
      provider: "goethe",
      certificateNumber: "GZ-987654",
    }),
    201,
  );
  await ok(
    await advisor.post(`/api/persons/${personId}/consents`, {
      purpose: "employer_sharing",
      givenOn: today,
      channel: "paper",
      noticeVersion: "2026-01",
    }),
    201,
  );
  const offer = await createOfferRow(db, cast.own.company, { title: `Ausbildung ${newId()}` });
  const placement = await ok(
    await advisor.post(
      "/api/placements",
      { offerId: offer.id, personId },
      { headers: { "idempotency-key": newId() } },
    ),
    201,
  );
  const programme = await ok(
    await advisor.post("/api/programmes", {
      name: `Programm ${newId()}`,
      fundingSource: "own",
      startsOn: "2026-01-01",
    }),
    201,
  );
  const enrolment = await ok(
    await advisor.post("/api/enrolments", { programmeId: programme.id, personId, enteredOn: today }),
    201,
  );
  const { document } = await ok<{ document: { id: string } }>(
    await uploadFile(app, advisor, personId, {
      bytes: samplePdf(["Reisepass"]),
      name: "pass.pdf",
      type: "passport",
    }),
    201,
  );
  const startsAt = `${addDays(today, 3)}T08:00:00.000Z`;
  const appointment = await ok(
    await advisor.post("/api/appointments", {
      personId,
      type: "consultation",
      startsAt,
      endsAt: `${addDays(today, 3)}T09:00:00.000Z`,
    }),
    201,
  );
  await ok(await advisor.get(`/api/persons/${personId}`));
  return {
    ...file,
    languageId: language.id,
    placementId: placement.id,
    enrolmentId: enrolment.id,
    documentId: document.id,
    appointmentId: appointment.id,
  };
}

describe("the duplicates screen", () => {
  it("lists the detector's pairs and names that sound alike without regard to birth date", async () => {
    const family = `Brandt${unique()}`;
    const sameDay = await createPerson(db, cast.own.centre.id, {
      familyName: family,
      givenNames: "Olena",
      birthDate: "1990-02-03",
    });
    const typo = await createPerson(db, cast.own.centre.id, {
      familyName: `${family}t`,
      givenNames: "Olena",
      birthDate: "1990-02-03",
    });
    const meier = await createPerson(db, cast.own.centre.id, {
      familyName: "Meier",
      givenNames: "Katharina",
      birthDate: "1985-07-01",
    });
    const mayer = await createPerson(db, cast.own.centre.id, {
      familyName: "Mayer",
      givenNames: "Katharina",
      birthDate: "1987-11-30",
    });
    const maier = await createPerson(db, cast.own.centre.id, {
      familyName: "Maier",
      givenNames: "Katarina",
      birthDate: "1979-04-12",
    });
    const stranger = await createPerson(db, cast.own.centre.id, {
      familyName: "Meier",
      givenNames: "Bogdan",
      birthDate: "1985-07-01",
    });
    const abroad = await createPerson(db, cast.other.centre.id, {
      familyName: "Meyer",
      givenNames: "Katharina",
      birthDate: "1985-07-01",
    });

    const items = await pairs();
    expect(pairOf(items, sameDay.id, typo.id)).toMatchObject({
      match: "name_and_birth_date",
      reason: "similar_name",
    });
    expect(pairOf(items, meier.id, mayer.id)).toMatchObject({ match: "name", reason: "sounds_alike" });
    expect(pairOf(items, meier.id, maier.id)).toMatchObject({ match: "name", reason: "sounds_alike" });
    expect(pairOf(items, mayer.id, maier.id)).toMatchObject({ match: "name", reason: "sounds_alike" });
    expect(pairOf(items, meier.id, stranger.id)).toBeUndefined();
    expect(items.flatMap((pair) => pair.persons.map((person) => person.id))).not.toContain(abroad.id);
    const strong = items.findIndex((pair) => pair.match === "name_and_birth_date");
    const weak = items.findIndex((pair) => pair.match === "name");
    expect(strong).toBeLessThan(weak);
    expect(pairOf(await pairs(otherAdvisor), meier.id, mayer.id)).toBeUndefined();

    const read = await db
      .selectFrom("audit_log")
      .innerJoin("audit_persons", "audit_persons.audit_id", "audit_log.id")
      .select("audit_persons.person_id")
      .where("audit_log.action", "=", "person.duplicate_pairs")
      .where("audit_persons.person_id", "in", [meier.id, mayer.id])
      .execute();
    expect(read.length).toBeGreaterThanOrEqual(2);
  });
});

describe("merging two persons", () => {
  it("moves every record to the survivor in one go, keeps the chosen fields and points the merged id there", async () => {
    const merged = await fullDuplicate();
    const survivor = await createPerson(db, cast.own.centre.id, {
      familyName: `Overbeck${unique()}`,
      givenNames: "Amal",
      email: "amal@example.org",
    });
    const before = await personOf(merged.personId);
    const response = await merge(survivor.id, {
      mergedId: merged.personId,
      version: 1,
      mergedVersion: before.version,
      takeFromMerged: ["familyName", "birthDate"],
    });
    const result = PersonSchema.parse(await ok(response));
    expect(result).toMatchObject({
      id: survivor.id,
      familyName: before.familyName,
      birthDate: before.birthDate,
      givenNames: "Amal",
      email: "amal@example.org",
      germanLevel: "B2",
      openCase: { id: merged.caseId, status: "new" },
      version: 2,
    });

    expect(await idsOf(`/api/cases?personId=${survivor.id}`)).toEqual([merged.caseId]);
    expect(await idsOf(`/api/tasks?personId=${survivor.id}`)).toContain(merged.taskId);
    expect(await idsOf(`/api/persons/${survivor.id}/language`)).toContain(merged.languageId);
    expect(await idsOf(`/api/persons/${survivor.id}/consents`)).toContain(merged.consentId);
    expect(await idsOf(`/api/placements?personId=${survivor.id}`)).toEqual([merged.placementId]);
    expect(await idsOf(`/api/enrolments?personId=${survivor.id}`)).toEqual([merged.enrolmentId]);
    expect(await idsOf(`/api/persons/${survivor.id}/documents`)).toEqual([merged.documentId]);
    expect(
      await idsOf(`/api/appointments?from=${today}&to=${addDays(today, 7)}&personId=${survivor.id}`),
    ).toEqual([merged.appointmentId]);
    const timeline = await ok<{ items: { id: string }[] }>(
      await advisor.get(`/api/cases/${merged.caseId}/activities`),
    );
    expect(timeline.items.map((item) => item.id)).toContain(merged.activityId);

    const gone = await expectError(await advisor.get(`/api/persons/${merged.personId}`), 404, "not_found");
    expect(MergedPersonSchema.parse(gone.details)).toEqual({ mergedInto: survivor.id });
    const elsewhere = await expectError(
      await otherAdvisor.get(`/api/persons/${merged.personId}`),
      404,
      "not_found",
    );
    expect(elsewhere.details).toBeUndefined();

    const audit = await db
      .selectFrom("audit_log")
      .select(["details", "entity_id"])
      .where("action", "=", "person.merge")
      .where("entity_id", "=", survivor.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details ?? "{}")).toMatchObject({
      survivorId: survivor.id,
      mergedId: merged.personId,
    });
    const history = await ok<{ items: { action: string }[] }>(
      await advisor.get(`/api/persons/${survivor.id}/access-history`),
    );
    const actions = history.items.map((item) => item.action);
    expect(actions).toContain("person.merge");
    expect(actions).toContain("person.read");
    expect(pairOf(await pairs(), survivor.id, merged.personId)).toBeUndefined();
  });

  it("points an earlier merged id to the last survivor", async () => {
    const first = await createPerson(db, cast.own.centre.id, { familyName: `Kette${unique()}` });
    const second = await createPerson(db, cast.own.centre.id, { familyName: `Kette${unique()}` });
    const third = await createPerson(db, cast.own.centre.id, { familyName: `Kette${unique()}` });
    await ok(await merge(second.id, { mergedId: first.id, version: 1, mergedVersion: 1 }));
    await ok(await merge(third.id, { mergedId: second.id, version: 1, mergedVersion: 2 }));
    const gone = await expectError(await advisor.get(`/api/persons/${first.id}`), 404, "not_found");
    expect(gone.details).toEqual({ mergedInto: third.id });
  });

  it("answers 404 for another centre's person on either side and changes nothing", async () => {
    const own = await createPerson(db, cast.own.centre.id, { familyName: `Heim${unique()}` });
    const foreign = await createPerson(db, cast.other.centre.id, { familyName: `Fremd${unique()}` });
    await expectError(
      await merge(own.id, { mergedId: foreign.id, version: 1, mergedVersion: 1 }),
      404,
      "not_found",
    );
    await expectError(
      await merge(foreign.id, { mergedId: own.id, version: 1, mergedVersion: 1 }),
      404,
      "not_found",
    );
    expect((await personOf(own.id)).version).toBe(1);
    const still = await ok(await otherAdvisor.get(`/api/persons/${foreign.id}`));
    expect(still.version).toBe(1);
  });

  it("refuses bad input with a 4xx naming the field, and writes nothing", async () => {
    const a = await createPerson(db, cast.own.centre.id, { familyName: `Eingabe${unique()}` });
    const b = await createPerson(db, cast.own.centre.id, { familyName: `Eingabe${unique()}` });
    const fieldsOf = async (response: Response) =>
      (
        (await expectError(response, 422, "validation_failed")).details as { path: string; code: string }[]
      ).map((issue) => [issue.path, issue.code]);
    expect(await fieldsOf(await merge(a.id, { version: 1, mergedVersion: 1 }))).toContainEqual([
      "mergedId",
      "invalid_type",
    ]);
    expect(await fieldsOf(await merge(a.id, { mergedId: a.id, version: 1, mergedVersion: 1 }))).toEqual([
      ["mergedId", "merge_same_person"],
    ]);
    expect(
      (
        await fieldsOf(
          await merge(a.id, { mergedId: b.id, version: 1, mergedVersion: 1, takeFromMerged: ["id"] }),
        )
      )[0]?.[0],
    ).toBe("takeFromMerged.0");
    expect(
      (
        await fieldsOf(await merge(a.id, { mergedId: b.id, version: 1, mergedVersion: 1, extra: true }))
      )[0]?.[0],
    ).toBe("extra");
    const stale = await merge(a.id, { mergedId: b.id, version: 1, mergedVersion: 7 });
    expect((await expectError(stale, 409, "conflict")).details).toMatchObject({ reason: "stale_version" });
    expect((await personOf(a.id)).version).toBe(1);
    expect((await personOf(b.id)).version).toBe(1);
  });

  it("refuses while both persons have an open case", async () => {
    const one = await createCaseFile(db, advisor, cast.own.centre.id);
    const two = await createCaseFile(db, advisor, cast.own.centre.id);
    const response = await merge(one.personId, {
      mergedId: two.personId,
      version: (await personOf(one.personId)).version,
      mergedVersion: (await personOf(two.personId)).version,
    });
    expect((await expectError(response, 409, "conflict")).details).toMatchObject({
      reason: "open_case_exists",
    });
    expect(await idsOf(`/api/cases?personId=${two.personId}`)).toEqual([two.caseId]);
  });

  it("is for advisors only: employers and managers are forbidden", async () => {
    const a = await createPerson(db, cast.own.centre.id, { familyName: `Rolle${unique()}` });
    const b = await createPerson(db, cast.own.centre.id, { familyName: `Rolle${unique()}` });
    for (const role of ["employer", "manager", "admin"] as const) {
      const client = await signIn(app, cast.own[role].email, TEST_PASSWORD);
      await expectError(
        await merge(a.id, { mergedId: b.id, version: 1, mergedVersion: 1 }, client),
        403,
        "forbidden",
      );
      await expectError(await client.get("/api/persons/duplicate-pairs"), 403, "forbidden");
    }
    expect((await personOf(b.id)).version).toBe(1);
  });
});
