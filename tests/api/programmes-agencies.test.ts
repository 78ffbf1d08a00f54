import { beforeAll, describe, expect, it } from "vitest";
import { AgencyListSchema, AgencySchema, PersonAgencySchema } from "#shared/schemas/agency.ts";
import { CompanySchema } from "#shared/schemas/company.ts";
import { CandidateMatchListSchema, OfferMatchListSchema } from "#shared/schemas/matching.ts";
import {
  EnrolmentPageSchema,
  EnrolmentSchema,
  ProgrammeListSchema,
  ProgrammeSchema,
} from "#shared/schemas/programme.ts";
import { addDays, todayInBerlin } from "#shared/time/calendar.ts";
import { createOfferRow, giveConsent, giveSharingConsent } from "../factories/employers.ts";
import { createCompany, createPerson, createTwoCentres, TEST_PASSWORD } from "../factories/index.ts";
import { type Client, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let advisor: Client;
let otherAdvisor: Client;
let regionalId: string;

beforeAll(async () => {
  cast = await createTwoCentres(db);
  advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
  otherAdvisor = await signIn(app, cast.other.advisor.email, TEST_PASSWORD);
  regionalId = `prog-${Date.now().toString(36)}`;
  const now = new Date().toISOString();
  await db
    .insertInto("programmes")
    .values({
      id: regionalId,
      centre_id: null,
      key: "talent_trifft_handwerk",
      name: "Talent trifft Handwerk",
      description: null,
      funding_source: "esf_plus",
      esf_project_number: "ESF-TEST-1",
      starts_on: "2024-01-01",
      ends_on: null,
      created_at: now,
      updated_at: now,
      version: 1,
    })
    .execute();
});

describe("programmes and enrolments", () => {
  it("lists the regional catalogue to every role and a centre's own programme only to that centre", async () => {
    const created = await advisor.post("/api/programmes", {
      name: "Werkstatt-Deutsch",
      fundingSource: "own",
      startsOn: "2026-01-01",
    });
    expect(created.status).toBe(201);
    const own = ProgrammeSchema.parse(await created.json());
    expect(own).toMatchObject({ key: "own", centreId: cast.own.centre.id, canEdit: true });
    const mine = ProgrammeListSchema.parse(await (await advisor.get("/api/programmes")).json());
    expect(mine.items.map((item) => item.id)).toEqual(expect.arrayContaining([regionalId, own.id]));
    const theirs = ProgrammeListSchema.parse(await (await otherAdvisor.get("/api/programmes")).json());
    expect(theirs.items.map((item) => item.id)).toContain(regionalId);
    expect(theirs.items.map((item) => item.id)).not.toContain(own.id);
    await expectError(await otherAdvisor.get(`/api/programmes/${own.id}`), 404, "not_found");
    const employer = await signIn(app, cast.own.employer.email, TEST_PASSWORD);
    expect((await employer.get("/api/programmes")).status).toBe(200);
    await expectError(
      await advisor.patch(`/api/programmes/${regionalId}`, { version: 1, name: "x" }),
      403,
      "forbidden",
    );
    const esf = await expectError(
      await advisor.post("/api/programmes", {
        name: "ESF ohne Nummer",
        fundingSource: "esf_plus",
        startsOn: "2026-01-01",
      }),
      422,
      "validation_failed",
    );
    expect(esf.details).toEqual([
      {
        path: "esfProjectNumber",
        code: "esf_project_number_required",
        message: "Bei ESF Plus bitte die Projektnummer angeben",
      },
    ]);
  });

  it("lets the centre edit its own programme with the version it read, and lets admins maintain it too", async () => {
    const created = ProgrammeSchema.parse(
      await (
        await advisor.post("/api/programmes", {
          name: "Sprachcafé Handwerk",
          fundingSource: "own",
          startsOn: "2026-03-01",
          description: "Einmal im Monat",
        })
      ).json(),
    );
    const edited = await advisor.patch(`/api/programmes/${created.id}`, {
      version: created.version,
      name: "Sprachcafé Handwerk Plus",
      fundingSource: "esf_plus",
      esfProjectNumber: "ESF-2026-0042",
      endsOn: "2027-02-28",
    });
    expect(edited.status).toBe(200);
    expect(ProgrammeSchema.parse(await edited.json())).toMatchObject({
      name: "Sprachcafé Handwerk Plus",
      fundingSource: "esf_plus",
      esfProjectNumber: "ESF-2026-0042",
      startsOn: "2026-03-01",
      endsOn: "2027-02-28",
      description: "Einmal im Monat",
      version: created.version + 1,
    });
    const stale = await expectError(
      await advisor.patch(`/api/programmes/${created.id}`, { version: created.version, name: "Alt" }),
      409,
      "conflict",
    );
    expect(stale.details).toMatchObject({
      reason: "stale_version",
      current: { name: "Sprachcafé Handwerk Plus" },
    });
    const noNumber = await expectError(
      await advisor.patch(`/api/programmes/${created.id}`, {
        version: created.version + 1,
        esfProjectNumber: null,
      }),
      422,
      "validation_failed",
    );
    expect(noNumber.details).toEqual([
      {
        path: "esfProjectNumber",
        code: "esf_project_number_required",
        message: "Bei ESF Plus bitte die Projektnummer angeben",
      },
    ]);
    const backwards = await expectError(
      await advisor.patch(`/api/programmes/${created.id}`, {
        version: created.version + 1,
        endsOn: "2026-01-01",
      }),
      422,
      "validation_failed",
    );
    expect(backwards.details).toEqual([
      { path: "endsOn", code: "end_before_start", message: "Ende vor dem Beginn" },
    ]);
    await expectError(
      await otherAdvisor.patch(`/api/programmes/${created.id}`, {
        version: created.version + 1,
        name: "Fremd",
      }),
      404,
      "not_found",
    );

    const admin = await signIn(app, cast.own.admin.email, TEST_PASSWORD);
    const byAdmin = await admin.patch(`/api/programmes/${created.id}`, {
      version: created.version + 1,
      fundingSource: "state",
      esfProjectNumber: null,
    });
    expect(byAdmin.status).toBe(200);
    expect(ProgrammeSchema.parse(await byAdmin.json())).toMatchObject({
      fundingSource: "state",
      esfProjectNumber: null,
      canEdit: true,
    });
    const manager = await signIn(app, cast.own.manager.email, TEST_PASSWORD);
    await expectError(
      await manager.patch(`/api/programmes/${created.id}`, { version: created.version + 2, name: "Leitung" }),
      403,
      "forbidden",
    );
    const audit = await db
      .selectFrom("audit_log")
      .select(["action", "details"])
      .where("entity_id", "=", created.id)
      .orderBy("at")
      .execute();
    expect(audit.map((row) => row.action)).toEqual([
      "programme.create",
      "programme.update",
      "programme.update",
    ]);
    expect(JSON.parse(audit[1]?.details ?? "{}").fields).toEqual([
      "name",
      "fundingSource",
      "esfProjectNumber",
      "endsOn",
    ]);
  });

  it("enrols a person with ESF+ entry data, completes with results, and refuses a second active enrolment", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    const created = await advisor.post("/api/enrolments", {
      programmeId: regionalId,
      personId: person.id,
      enteredOn: "2026-02-01",
      esfEntry: {
        employmentStatus: "unemployed",
        ageBand: "30_54",
        iscedBand: "3-4",
        thirdCountryNational: true,
      },
    });
    expect(created.status).toBe(201);
    const enrolment = EnrolmentSchema.parse(await created.json());
    expect(enrolment.esfEntry).toEqual({
      employmentStatus: "unemployed",
      ageBand: "30_54",
      iscedBand: "3-4",
      thirdCountryNational: true,
      disability: "no_answer",
      disadvantaged: "no_answer",
    });
    const twice = await expectError(
      await advisor.post("/api/enrolments", {
        programmeId: regionalId,
        personId: person.id,
        enteredOn: "2026-03-01",
      }),
      409,
      "conflict",
    );
    expect(twice.details).toEqual({ reason: "already_enrolled" });
    const noExit = await expectError(
      await advisor.patch(`/api/enrolments/${enrolment.id}`, { version: 1, status: "completed" }),
      422,
      "validation_failed",
    );
    expect(noExit.details).toEqual([
      { path: "exitedOn", code: "exit_date_required", message: "Bitte das Austrittsdatum angeben" },
    ]);
    const done = await advisor.patch(`/api/enrolments/${enrolment.id}`, {
      version: 1,
      status: "completed",
      exitedOn: "2026-06-30",
      esfResult: {
        recordedOn: "2026-07-20",
        inEducation: false,
        gainedQualification: true,
        employed: true,
        jobSearching: false,
      },
    });
    expect(EnrolmentSchema.parse(await done.json())).toMatchObject({
      status: "completed",
      esfResult: { employed: true },
    });
    const later = await advisor.post("/api/enrolments", {
      programmeId: regionalId,
      personId: person.id,
      enteredOn: "2026-07-01",
    });
    const second = EnrolmentSchema.parse(await later.json());
    const early = await expectError(
      await advisor.patch(`/api/enrolments/${second.id}`, {
        version: 1,
        esfResult: {
          recordedOn: "2026-08-01",
          inEducation: true,
          gainedQualification: false,
          employed: false,
          jobSearching: false,
        },
      }),
      422,
      "validation_failed",
    );
    expect(early.details).toEqual([
      { path: "esfResult", code: "results_after_exit", message: "Ergebnisse erst nach dem Austritt" },
    ]);
    const exited = EnrolmentSchema.parse(
      await (
        await advisor.patch(`/api/enrolments/${second.id}`, {
          version: 1,
          status: "dropped_out",
          exitedOn: "2026-07-31",
        })
      ).json(),
    );
    expect(exited.esfResult).toBeNull();
    const recorded = await advisor.patch(`/api/enrolments/${second.id}`, {
      version: exited.version,
      esfResult: {
        recordedOn: "2026-08-20",
        inEducation: false,
        gainedQualification: false,
        employed: false,
        jobSearching: true,
      },
    });
    expect(EnrolmentSchema.parse(await recorded.json())).toMatchObject({
      status: "dropped_out",
      esfResult: { recordedOn: "2026-08-20", jobSearching: true },
    });
    const page = EnrolmentPageSchema.parse(
      await (await advisor.get(`/api/enrolments?personId=${person.id}`)).json(),
    );
    expect(page.items.map((item) => item.id).sort()).toEqual([enrolment.id, second.id].sort());
    const theirs = EnrolmentPageSchema.parse(
      await (await otherAdvisor.get(`/api/enrolments?personId=${person.id}`)).json(),
    );
    expect(theirs.items).toEqual([]);
    await expectError(
      await otherAdvisor.patch(`/api/enrolments/${enrolment.id}`, { version: 2, status: "active" }),
      404,
      "not_found",
    );
  });
});

describe("recruitment agencies", () => {
  it("computes the seal warning and shows it on the company and the person", async () => {
    const today = todayInBerlin();
    const certified = AgencySchema.parse(
      await (
        await advisor.post("/api/agencies", {
          name: "Fair Recruit",
          country: "PH",
          sealStatus: "certified",
          sealValidUntil: addDays(today, 100),
        })
      ).json(),
    );
    expect(certified.sealWarning).toBeNull();
    const expired = AgencySchema.parse(
      await (
        await advisor.post("/api/agencies", {
          name: "Alt Recruit",
          country: "RS",
          sealStatus: "certified",
          sealValidUntil: addDays(today, -1),
        })
      ).json(),
    );
    expect(expired.sealWarning).toBe("expired");
    const none = AgencySchema.parse(
      await (await advisor.post("/api/agencies", { name: "Ohne Siegel", country: "VN" })).json(),
    );
    expect(none.sealWarning).toBe("missing");
    const missingDate = await expectError(
      await advisor.post("/api/agencies", { name: "X", country: "VN", sealStatus: "certified" }),
      422,
      "validation_failed",
    );
    expect(missingDate.details).toEqual([expect.objectContaining({ path: "sealValidUntil" })]);
    const revoked = await advisor.patch(`/api/agencies/${certified.id}`, {
      version: 1,
      sealStatus: "revoked",
    });
    expect(AgencySchema.parse(await revoked.json()).sealWarning).toBe("revoked");

    const company = await createCompany(db, cast.own.centre.id);
    const linked = await advisor.patch(`/api/companies/${company.id}`, { version: 1, agencyId: expired.id });
    expect(CompanySchema.parse(await linked.json()).agency).toMatchObject({
      id: expired.id,
      sealWarning: "expired",
    });
    const person = await createPerson(db, cast.own.centre.id);
    const put = await advisor.put(`/api/persons/${person.id}/agency`, { agencyId: none.id });
    expect(PersonAgencySchema.parse(await put.json()).agency).toMatchObject({
      id: none.id,
      sealWarning: "missing",
    });
    const withWarning = AgencyListSchema.parse(
      await (await advisor.get("/api/agencies?sealWarning=any")).json(),
    );
    expect(withWarning.items.find((item) => item.id === none.id)).toMatchObject({ personCount: 1 });
    expect(withWarning.items.find((item) => item.id === expired.id)).toMatchObject({ companyCount: 1 });
    await expectError(await otherAdvisor.get(`/api/persons/${person.id}/agency`), 404, "not_found");
    const unknown = await expectError(
      await advisor.put(`/api/persons/${person.id}/agency`, { agencyId: "nope" }),
      422,
      "validation_failed",
    );
    expect(unknown.details).toEqual([
      { path: "agencyId", code: "unknown_agency", message: "Unbekannte Agentur" },
    ]);
  });
});

describe("matching", () => {
  it("ranks consenting persons with an open case for an offer, with reasons", async () => {
    const offer = await createOfferRow(db, cast.own.company, {
      occupation: "22342",
      district: "lk-hildesheim",
      starts_on: "2027-08-01",
      language_requirement: JSON.stringify({ speaking: "B1" }),
    });
    const people = [];
    for (const [name, target] of [
      ["Tischler", "22342"],
      ["Maler", "33302"],
      ["Koch", "29302"],
    ] as const) {
      const person = await createPerson(db, cast.own.centre.id, {
        familyName: name,
        targetOccupation: target,
        district: "lk-hildesheim",
      });
      await advisor.post("/api/cases", {
        personId: person.id,
        concerns: ["job_search"],
        sourceChannel: "walk_in",
      });
      await giveSharingConsent(db, person, cast.own.advisor.id);
      people.push(person);
    }
    const noConsent = await createPerson(db, cast.own.centre.id, {
      familyName: "Ohne",
      targetOccupation: "22342",
    });
    await giveConsent(db, noConsent, cast.own.advisor.id, "counselling");
    await advisor.post("/api/cases", {
      personId: noConsent.id,
      concerns: ["job_search"],
      sourceChannel: "walk_in",
    });
    const { items } = CandidateMatchListSchema.parse(
      await (await advisor.get(`/api/offers/${offer.id}/candidates`)).json(),
    );
    expect(items.map((item) => item.personId)).not.toContain(noConsent.id);
    expect(items[0]).toMatchObject({ personId: people[0]?.id, personName: "Rami Tischler" });
    expect(items[0]?.reasons).toEqual(
      expect.arrayContaining([
        { code: "same_occupation", occupation: "22342", points: 40 },
        { code: "language_below", skill: "speaking", actual: null, required: "B1", points: 0 },
        { code: "same_district", km: 15, points: 15 },
      ]),
    );
    const matching = OfferMatchListSchema.parse(
      await (await advisor.get(`/api/persons/${people[0]?.id}/matching-offers`)).json(),
    );
    expect(matching.items[0]).toMatchObject({ offerId: offer.id, companyName: cast.own.company.name });
    await expectError(
      await otherAdvisor.get(`/api/persons/${people[0]?.id}/matching-offers`),
      404,
      "not_found",
    );
    const employer = await signIn(app, cast.own.employer.email, TEST_PASSWORD);
    await expectError(await employer.get(`/api/offers/${offer.id}/candidates`), 403, "forbidden");
  });
});
