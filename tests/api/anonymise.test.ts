import { beforeAll, describe, expect, it } from "vitest";
import { centreScope } from "#server/db/centre-scope.ts";
import { newId } from "#server/lib/ids.ts";
import { anonymisePerson } from "#server/modules/anonymisation/anonymise.service.ts";
import { LegalHoldSchema } from "#shared/schemas/anonymisation.ts";
import { PersonSchema } from "#shared/schemas/person.ts";
import { PlacementSchema } from "#shared/schemas/placement.ts";
import { statsFigures } from "#shared/schemas/stats.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import { createOfferRow } from "../factories/employers.ts";
import { createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { createCaseFile } from "../factories/records.ts";
import { type Client, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
const today = todayInBerlin();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
let employer: Client;

beforeAll(async () => {
  cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
  employer = await signIn(app, cast.own.employer.email, TEST_PASSWORD);
});

async function ok<T = { id: string; version: number }>(response: Response, status = 200): Promise<T> {
  expect(response.status, await response.clone().text()).toBe(status);
  return (await response.json()) as T;
}

const personOf = async (id: string) => PersonSchema.parse(await ok(await advisor.get(`/api/persons/${id}`)));

/** A person with an entry in every place identifying data sits, made through the API. */
async function identifiablePerson(options: { esf?: boolean } = {}) {
  const file = await createCaseFile(db, advisor, cast.own.centre.id);
  const personId = file.personId;
  const before = await personOf(personId);
  await ok(
    await advisor.patch(`/api/cases/${file.caseId}/activities/${file.activityId}`, {
      version: 1,
      text: `Hat mit ${before.familyName} über den Umzug gesprochen`,
    }),
  );
  await ok(
    await advisor.patch(`/api/cases/${file.caseId}/activities/${file.activityId}`, {
      version: 2,
      text: "Umzug besprochen",
    }),
  );
  await ok(
    await advisor.post(`/api/persons/${personId}/language`, {
      source: "certificate",
      date: "2026-03-17",
      levels: { overall: "B1" },
      provider: "goethe",
      certificateNumber: "GZ-123456789",
    }),
    201,
  );
  await ok(
    await advisor.post(`/api/persons/${personId}/language`, {
      source: "assessment",
      date: "2026-04-21",
      levels: { speaking: "A2" },
      assessorType: "advisor",
      assessorName: "Beraterin Sommer",
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
  const proposed = PlacementSchema.parse(
    await ok(
      await advisor.post(
        "/api/placements",
        { offerId: offer.id, personId },
        { headers: { "idempotency-key": newId() } },
      ),
      201,
    ),
  );
  await ok(await employer.get(`/api/candidates/${proposed.id}`));
  await ok(
    await employer.patch(`/api/candidates/${proposed.id}/feedback`, {
      version: proposed.version,
      feedback: `${before.givenNames} war sehr zuverlässig beim Probetag`,
    }),
  );
  let programmeId: string | null = null;
  if (options.esf) {
    const programme = await ok(
      await advisor.post("/api/programmes", {
        name: `Talent trifft Handwerk ${newId()}`,
        fundingSource: "esf_plus",
        esfProjectNumber: "ESF-NI-2026-0001",
        startsOn: "2026-01-01",
      }),
      201,
    );
    programmeId = programme.id;
    await ok(
      await advisor.post("/api/enrolments", {
        programmeId,
        personId,
        enteredOn: today,
        esfEntry: {
          employmentStatus: "unemployed",
          ageBand: "18_29",
          iscedBand: "3-4",
          thirdCountryNational: true,
        },
      }),
      201,
    );
  }
  const withContact = await ok(
    await advisor.patch(`/api/persons/${personId}`, {
      version: 1,
      email: `${before.familyName.toLowerCase()}@example.org`,
      phone: "+49 5121 654321",
      notes: "Wohnt bei ihrer Schwester in der Almsstraße",
    }),
  );
  await ok(await advisor.get(`/api/persons?q=${encodeURIComponent(before.familyName)}`));
  return { file, personId, programmeId, familyName: before.familyName, version: withContact.version };
}

const anonymise = (personId: string, version: number, reason = "Antrag der Person auf Löschung (Art. 17)") =>
  advisor.post(`/api/persons/${personId}/anonymise`, { version, reason });

async function setKeepUntil(programmeId: string, keepUntil: string | null) {
  const programme = await ok(await advisor.get(`/api/programmes/${programmeId}`));
  await ok(await advisor.patch(`/api/programmes/${programmeId}`, { version: programme.version, keepUntil }));
}

const period = `from=${today.slice(0, 4)}-01&to=${today.slice(0, 7)}`;

/** Every dashboard figure (JSON and CSV) and the ESF+ data of the enrolments, without the person's name. */
async function everyFigure(): Promise<Record<string, unknown>> {
  const figures: Record<string, unknown> = {};
  for (const figure of statsFigures) {
    figures[figure] = await ok(await advisor.get(`/api/stats/${figure}?${period}`));
    const csv = await advisor.get(`/api/stats/${figure}.csv?${period}`);
    expect(csv.status).toBe(200);
    figures[`${figure}.csv`] = await csv.text();
  }
  const enrolments = await ok<{ items: Record<string, unknown>[] }>(
    await advisor.get("/api/enrolments?limit=100"),
  );
  figures.enrolments = enrolments.items.map(({ personName: _name, updatedAt: _at, ...rest }) => rest);
  return figures;
}

describe("POST /api/persons/:id/anonymise (Art. 17)", () => {
  it("refuses while an ESF+ programme keeps the person, naming the programme and the day", async () => {
    const made = await identifiablePerson({ esf: true });
    const programmeId = made.programmeId ?? "";

    const unknownDay = await expectError(await anonymise(made.personId, made.version), 409, "conflict");
    expect(unknownDay.details).toMatchObject({ reason: "legal_hold" });
    const holds = LegalHoldSchema.array().parse((unknownDay.details as { holds: unknown }).holds);
    expect(holds).toEqual([
      {
        kind: "esf_plus_retention",
        programmeId,
        programmeName: expect.stringContaining("Talent"),
        keepUntil: null,
      },
    ]);

    await setKeepUntil(programmeId, "2033-12-31");
    const future = await expectError(await anonymise(made.personId, made.version), 409, "conflict");
    expect((future.details as { holds: { keepUntil: string }[] }).holds[0]?.keepUntil).toBe("2033-12-31");
    expect((await personOf(made.personId)).familyName).toBe(made.familyName);

    await setKeepUntil(programmeId, "2026-01-31");
    await ok(await anonymise(made.personId, made.version));
    expect((await personOf(made.personId)).anonymisedAt).not.toBeNull();
  });

  it("removes names, contact, exact birth day and every free text, and keeps what the figures count", async () => {
    const made = await identifiablePerson();
    const before = await personOf(made.personId);

    expect(await ok(await anonymise(made.personId, made.version))).toEqual({
      id: made.personId,
      status: "anonymised",
    });

    const after = await personOf(made.personId);
    expect(after).toMatchObject({
      familyName: "Anonymisiert",
      givenNames: "–",
      nameLatin: null,
      email: null,
      phone: null,
      notes: null,
      birthDate: `${before.birthDate.slice(0, 4)}-01-01`,
      district: before.district,
      nationality: before.nationality,
      educationLevel: before.educationLevel,
      permitType: before.permitType,
      germanLevel: before.germanLevel,
      certificateGap: before.certificateGap,
    });
    expect(after.anonymisedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);

    const timeline = await ok<{ items: { text: string; occurredOn: string }[] }>(
      await advisor.get(`/api/cases/${made.file.caseId}/activities`),
    );
    expect(timeline.items.map((item) => item.text)).toEqual(timeline.items.map(() => ""));
    expect(timeline.items.every((item) => item.occurredOn.endsWith("-01"))).toBe(true);

    const language = JSON.stringify(await ok(await advisor.get(`/api/persons/${made.personId}/language`)));
    expect(language).not.toContain("GZ-123456789");
    expect(language).not.toContain("Sommer");

    const stored = JSON.stringify(
      await db
        .selectFrom("placements")
        .select(["employer_feedback", "advisor_note"])
        .where("person_id", "=", made.personId)
        .execute(),
    );
    expect(stored).not.toContain("zuverlässig");
    const tasks = await db
      .selectFrom("tasks")
      .select("title")
      .where("person_id", "=", made.personId)
      .execute();
    expect(tasks.map((task) => task.title)).toEqual(["Anonymisiert"]);
  });

  it("leaves no copy in the audit's details or the cached responses", async () => {
    const made = await identifiablePerson();
    await ok(await anonymise(made.personId, made.version));

    const audit = await db
      .selectFrom("audit_log")
      .select(["details"])
      .where("centre_id", "=", cast.own.centre.id)
      .where("details", "is not", null)
      .execute();
    const details = audit.map((row) => row.details ?? "").join("\n");
    expect(details).not.toContain(made.familyName);
    expect(details).not.toContain("Umzug");
    expect(details).toContain(`"caseId":"${made.file.caseId}","fields":["text"]`);
    const cached = await db.selectFrom("idempotency_keys").select(["response_body"]).execute();
    expect(cached.map((row) => row.response_body ?? "").join("\n")).not.toContain(made.personId);
  });

  it("is found by no search: name list, quick search, duplicates, e-mail", async () => {
    const made = await identifiablePerson();
    await ok(await anonymise(made.personId, made.version));

    for (const q of [
      made.familyName,
      made.familyName.slice(0, 6),
      `${made.familyName.toLowerCase()}@example.org`,
    ]) {
      const page = await ok<{ items: { id: string }[] }>(
        await advisor.get(`/api/persons?q=${encodeURIComponent(q)}`),
      );
      expect(page.items.map((item) => item.id)).not.toContain(made.personId);
      const cases = await ok<{ items: { personId: string }[] }>(
        await advisor.get(`/api/cases?q=${encodeURIComponent(q)}`),
      );
      expect(cases.items.map((item) => item.personId)).not.toContain(made.personId);
    }
    const duplicates = await ok<{ items: { id: string }[] }>(
      await advisor.get(
        `/api/persons/duplicates?familyName=${encodeURIComponent(made.familyName)}&givenNames=Rami`,
      ),
    );
    expect(duplicates.items.map((item) => item.id)).not.toContain(made.personId);
  });

  it("leaves every dashboard figure and the ESF+ data identical", async () => {
    const made = await identifiablePerson({ esf: true });
    await setKeepUntil(made.programmeId ?? "", "2026-11-30");
    const before = await everyFigure();

    await ok(await anonymise(made.personId, made.version));

    expect(await everyFigure()).toEqual(before);
  });

  it("clears the ESF+ municipality of residence and keeps the rural area derived from it", async () => {
    const made = await identifiablePerson({ esf: true });
    await setKeepUntil(made.programmeId ?? "", "2026-11-30");
    const record = await db
      .selectFrom("esf_participants")
      .select(["enrolment_id", "version"])
      .where("person_id", "=", made.personId)
      .executeTakeFirstOrThrow();
    await ok(
      await advisor.patch(`/api/enrolments/${record.enrolment_id}/esf`, {
        version: record.version,
        municipality: "03254022",
      }),
    );

    await ok(await anonymise(made.personId, made.version));

    const after = await ok(await advisor.get(`/api/enrolments/${record.enrolment_id}/esf`));
    expect(after).toMatchObject({ municipality: null, ruralArea: true, ruralAreaDerived: false });
  });

  it("is irreversible: the person refuses every later edit, and the audit keeps the reason", async () => {
    const made = await identifiablePerson();
    await ok(await anonymise(made.personId, made.version, "Widerspruch nach Art. 21"));
    const after = await personOf(made.personId);

    const edit = await expectError(
      await advisor.patch(`/api/persons/${made.personId}`, { version: after.version, familyName: "Haddad" }),
      409,
      "conflict",
    );
    expect(edit.details).toMatchObject({ reason: "person_anonymised" });
    const laterWrites = [
      advisor.post(`/api/persons/${made.personId}/consents`, {
        purpose: "authority_referral",
        givenOn: today,
        channel: "paper",
        noticeVersion: "2026-01",
      }),
      advisor.post(`/api/persons/${made.personId}/language`, {
        source: "assessment",
        date: today,
        levels: { speaking: "B1" },
        assessorType: "advisor",
      }),
      advisor.post(`/api/cases/${made.file.caseId}/activities`, {
        type: "note",
        occurredOn: today,
        text: "Neuer Eintrag",
      }),
      advisor.patch(`/api/cases/${made.file.caseId}`, { version: 1, status: "on_hold" }),
    ];
    for (const response of await Promise.all(laterWrites)) {
      const refused = await expectError(response, 409, "conflict");
      expect(refused.details).toMatchObject({ reason: "person_anonymised" });
    }
    const entry = await db
      .selectFrom("audit_log")
      .select(["user_id", "details"])
      .where("action", "=", "person.anonymise")
      .where("entity_id", "=", made.personId)
      .executeTakeFirstOrThrow();
    expect(entry.user_id).toBe(cast.own.advisor.id);
    expect(JSON.parse(entry.details ?? "{}")).toEqual({ reason: "Widerspruch nach Art. 21", by: "user" });
  });

  it("records nothing new about an anonymised person: no case, placement, enrolment or Betriebssprachtag", async () => {
    const made = await identifiablePerson({ esf: true });
    await setKeepUntil(made.programmeId ?? "", "2026-11-30");
    await ok(await anonymise(made.personId, made.version));
    const offer = await createOfferRow(db, cast.own.company, { title: `Praktikum ${newId()}` });
    const refusals = await Promise.all([
      advisor.post("/api/cases", {
        personId: made.personId,
        concerns: ["job_search"],
        sourceChannel: "walk_in",
      }),
      advisor.post("/api/placements", { offerId: offer.id, personId: made.personId }),
      advisor.post("/api/enrolments", {
        programmeId: made.programmeId,
        personId: made.personId,
        enteredOn: today,
      }),
    ]);
    for (const response of refusals) {
      const refused = await expectError(response, 409, "conflict");
      expect(refused.details).toMatchObject({ reason: "person_anonymised" });
    }
    const session = await expectError(
      await advisor.post("/api/language-sessions", {
        date: today,
        companyName: "Bäckerei Heidtmann",
        assessorName: "Henrik Brandt",
        participants: [{ personId: made.personId, levels: { speaking: "A2" } }],
      }),
      422,
      "validation_failed",
    );
    expect(session.details).toEqual([
      { path: "participants.0.personId", code: "person_not_found", message: "Person nicht gefunden" },
    ]);
    const placements = await db
      .selectFrom("placements")
      .select("id")
      .where("person_id", "=", made.personId)
      .where("offer_id", "=", offer.id)
      .execute();
    expect(placements).toEqual([]);
  });

  it("answers 409 for a stale version and changes nothing", async () => {
    const made = await identifiablePerson();
    const error = await expectError(await anonymise(made.personId, made.version - 1), 409, "conflict");
    expect(error.details).toMatchObject({ reason: "stale_version" });
    expect((await personOf(made.personId)).familyName).toBe(made.familyName);
  });

  it("answers 404 for another centre's person, 403 for an employer, 400 naming the reason", async () => {
    const made = await identifiablePerson();
    const other = await signIn(app, cast.other.advisor.email, TEST_PASSWORD);
    await expectError(
      await other.post(`/api/persons/${made.personId}/anonymise`, {
        version: made.version,
        reason: "Antrag",
      }),
      404,
      "not_found",
    );
    await expectError(
      await employer.post(`/api/persons/${made.personId}/anonymise`, {
        version: made.version,
        reason: "Antrag",
      }),
      403,
      "forbidden",
    );
    const invalid = await expectError(
      await advisor.post(`/api/persons/${made.personId}/anonymise`, { version: made.version, reason: " " }),
      422,
      "validation_failed",
    );
    expect(JSON.stringify(invalid.details)).toContain("reason");
    expect((await personOf(made.personId)).familyName).toBe(made.familyName);
  });

  it("records the retention job as the actor when no user asked", async () => {
    const made = await identifiablePerson();
    const outcome = await anonymisePerson(centreScope(db, cast.own.centre.id), made.personId, {
      reason: "Löschfrist abgelaufen",
      actorUserId: null,
      today,
    });
    expect(outcome).toEqual({ status: "anonymised" });
    const entry = await db
      .selectFrom("audit_log")
      .select(["user_id", "user_email", "details"])
      .where("action", "=", "person.anonymise")
      .where("entity_id", "=", made.personId)
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ user_id: null, user_email: "retention-job" });
    expect(JSON.parse(entry.details ?? "{}")).toMatchObject({ by: "retention_job" });
    expect(
      await anonymisePerson(centreScope(db, cast.other.centre.id), made.personId, {
        reason: "x",
        actorUserId: null,
        today,
      }),
    ).toEqual({ status: "not_found" });
  });
});
