import { beforeAll, describe, expect, it } from "vitest";
import { CompanyProfileSchema } from "#shared/schemas/company.ts";
import { InquiryPageSchema, InquirySchema } from "#shared/schemas/inquiry.ts";
import { OfferPageSchema, OfferSchema } from "#shared/schemas/offer.ts";
import { CandidatePageSchema, CandidateSchema, PlacementSchema } from "#shared/schemas/placement.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import {
  createOfferRow,
  createPlacementRow,
  giveConsent,
  giveSharingConsent,
  withdrawSharingConsent,
} from "../factories/employers.ts";
import {
  createCompany,
  createPerson,
  createTwoCentres,
  createUser,
  TEST_PASSWORD,
} from "../factories/index.ts";
import { type Client, expectError, signIn } from "../setup/http.ts";
import { setupTestApp } from "../setup/test-app.ts";

const { app, db } = await setupTestApp();
let cast: Awaited<ReturnType<typeof createTwoCentres>>;
let employer: Client;

beforeAll(async () => {
  cast = await createTwoCentres(db);
  employer = await signIn(app, cast.own.employer.email, TEST_PASSWORD);
});

async function candidateOn(
  offer: { id: string; company_id: string },
  stage: Parameters<typeof createPlacementRow>[3] = "proposed",
  centre = cast.own,
) {
  const person = await createPerson(db, centre.centre.id, {
    familyName: "Haddad",
    givenNames: "Rami Karim",
    email: "rami.haddad@example.org",
    phone: "+49 5121 123456",
    nationality: "SY",
    notes: "vertraulich",
    qualifications: [{ occupation: "22342", title: "Tischler", country: "SY", year: 2015 }],
    targetOccupation: "22342",
  });
  await giveSharingConsent(db, person, centre.advisor.id);
  const placement = await createPlacementRow(db, offer, person, stage);
  return { person, placement };
}

/** The exact fields an employer gets (decision 0017); the contact is a nested object or null. */
const candidateKeys = [
  "acceptedOn",
  "allowedStages",
  "completedOn",
  "contact",
  "contactReleasedAt",
  "employerFeedback",
  "endReason",
  "endedOn",
  "id",
  "interviewOn",
  "offerId",
  "offerTitle",
  "offerType",
  "profile",
  "proposedOn",
  "stage",
  "startedOn",
  "version",
];
const withoutIds = (text: string) =>
  text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "<id>");
const profileKeys = [
  "availableFrom",
  "germanLevel",
  "germanLevels",
  "languages",
  "pseudonym",
  "qualifications",
  "targetOccupation",
];

describe("employer portal", () => {
  it("tells the signed-in employer their company", async () => {
    const me = (await (await employer.get("/api/auth/me")).json()) as Record<string, unknown>;
    expect(me).toMatchObject({
      role: "employer",
      companyId: cast.own.company.id,
      companyName: cast.own.company.name,
    });
  });

  it("shows before the release exactly the minimal profile: a pseudonym, German and English, occupations", async () => {
    const offer = await createOfferRow(db, cast.own.company);
    const person = await createPerson(db, cast.own.centre.id, {
      familyName: "Haddad",
      givenNames: "Rami Karim",
      nameLatin: "Rami Karim Haddad",
      email: "rami.haddad@example.org",
      phone: "+49 5121 123456",
      nationality: "SY",
      gender: "male",
      birthDate: "1991-04-02",
      arrivalDate: "2024-05-01",
      languages: ["ar", "ku", "en", "de"],
      notes: "vertraulich",
      qualifications: [
        { occupation: "22342", title: "Tischler (Aleppo)", country: "SY", year: 2015 },
        { occupation: "22342", title: "Möbelbau", country: "TR", year: 2018 },
        { occupation: "24412", title: null, country: "SY", year: 2011 },
      ],
      targetOccupation: "22342",
      availableFrom: "2027-01-15",
    });
    await giveSharingConsent(db, person, cast.own.advisor.id);
    const placement = await createPlacementRow(db, offer, person, "interview");
    const response = await employer.get(`/api/candidates/${placement.id}`);
    expect(response.status).toBe(200);
    const raw = (await response.json()) as Record<string, unknown>;
    expect(Object.keys(raw).sort()).toEqual(candidateKeys);
    expect(Object.keys(raw.profile as object).sort()).toEqual(profileKeys);
    const candidate = CandidateSchema.parse(raw);
    expect(candidate.profile).toEqual({
      pseudonym: expect.stringMatching(/^K-[2-9A-HJ-NP-Z]{5}$/),
      germanLevel: null,
      germanLevels: {},
      languages: ["de", "en"],
      qualifications: [{ occupation: "22342" }, { occupation: "24412" }],
      targetOccupation: "22342",
      availableFrom: "2027-01-15",
    });
    expect(candidate).toMatchObject({ stage: "interview", contact: null, contactReleasedAt: null });
    // Stable per placement: the list, the detail and the advisor's board name the same pseudonym.
    const listed = CandidatePageSchema.parse(
      await (await employer.get(`/api/candidates?offerId=${offer.id}`)).json(),
    );
    expect(listed.items[0]?.profile.pseudonym).toBe(candidate.profile.pseudonym);
    const advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
    const board = PlacementSchema.parse(await (await advisor.get(`/api/placements/${placement.id}`)).json());
    expect(board.pseudonym).toBe(candidate.profile.pseudonym);
    const text = withoutIds(JSON.stringify(raw)).replace(candidate.profile.pseudonym, "");
    for (const secret of ["Rami", "Karim", "Haddad", "rami.haddad", "5121", "123456", "Aleppo", "Möbelbau"])
      expect(text).not.toContain(secret);
    for (const hint of [
      "SY",
      "TR",
      "ar",
      "ku",
      "male",
      "1991",
      "2015",
      "2018",
      "2011",
      "2024-05-01",
      "vertraulich",
    ])
      expect(text).not.toContain(`"${hint}"`);
    expect(text).not.toMatch(/1991|2015|2018|2011|Interne Notiz/);
  });

  it("gives a new pseudonym to the same person on another placement", async () => {
    const person = await createPerson(db, cast.own.centre.id);
    await giveSharingConsent(db, person, cast.own.advisor.id);
    const first = await createPlacementRow(db, await createOfferRow(db, cast.own.company), person);
    const second = await createPlacementRow(db, await createOfferRow(db, cast.own.company), person);
    const pseudonymOf = async (id: string) =>
      CandidateSchema.parse(await (await employer.get(`/api/candidates/${id}`)).json()).profile.pseudonym;
    expect(await pseudonymOf(first.id)).toBe(await pseudonymOf(first.id));
    expect(await pseudonymOf(first.id)).not.toBe(await pseudonymOf(second.id));
  });

  it("keeps name and contact hidden after the Zusage until an advisor releases them", async () => {
    const offer = await createOfferRow(db, cast.own.company, { places: 2 });
    const { placement } = await candidateOn(offer, "interview");
    const accepted = await employer.post(`/api/candidates/${placement.id}/transitions`, {
      version: 1,
      to: "accepted",
    });
    expect(accepted.status).toBe(200);
    const waiting = CandidateSchema.parse(await accepted.json());
    expect(waiting).toMatchObject({ stage: "accepted", contact: null, allowedStages: ["declined"] });
    expect(JSON.stringify(waiting)).not.toMatch(/Rami|Haddad|rami\.haddad|123456/);
    const advisor = await signIn(app, cast.own.advisor.email, TEST_PASSWORD);
    const released = await advisor.post(`/api/placements/${placement.id}/contact-release`, {
      version: waiting.version,
    });
    expect(released.status, await released.clone().text()).toBe(200);
    const raw = (await (await employer.get(`/api/candidates/${placement.id}`)).json()) as Record<
      string,
      unknown
    >;
    expect(Object.keys(raw).sort()).toEqual(candidateKeys);
    expect(Object.keys(raw.profile as object).sort()).toEqual(profileKeys);
    const candidate = CandidateSchema.parse(raw);
    expect(candidate.contact).toEqual({
      fullName: "Rami Karim Haddad",
      nameLatin: null,
      email: "rami.haddad@example.org",
      phone: "+49 5121 123456",
    });
    expect(candidate.contactReleasedAt).not.toBeNull();
    expect(candidate.allowedStages).toEqual(["running", "declined"]);
  });

  it("hides a candidate at once when the consent is withdrawn, and never shows one without consent", async () => {
    const offer = await createOfferRow(db, cast.own.company);
    const { person, placement } = await candidateOn(offer);
    const before = CandidatePageSchema.parse(
      await (await employer.get(`/api/candidates?offerId=${offer.id}`)).json(),
    );
    expect(before.items.map((item) => item.id)).toEqual([placement.id]);
    await withdrawSharingConsent(db, person.id);
    const after = CandidatePageSchema.parse(
      await (await employer.get(`/api/candidates?offerId=${offer.id}`)).json(),
    );
    expect(after.items).toEqual([]);
    await expectError(await employer.get(`/api/candidates/${placement.id}`), 404, "not_found");
    await expectError(
      await employer.post(`/api/candidates/${placement.id}/transitions`, { version: 1, to: "interview" }),
      404,
      "not_found",
    );
    const never = await createPerson(db, cast.own.centre.id);
    const hidden = await createPlacementRow(db, offer, never);
    await expectError(await employer.get(`/api/candidates/${hidden.id}`), 404, "not_found");
    const offerView = OfferSchema.parse(await (await employer.get(`/api/offers/${offer.id}`)).json());
    expect(offerView.stageCounts.proposed).toBe(0);
  });

  it("never shows a person who consented to everything but sharing with employers", async () => {
    const offer = await createOfferRow(db, cast.own.company, { places: 2 });
    const shared = await candidateOn(offer);
    const person = await createPerson(db, cast.own.centre.id, { familyName: "Nur-Beratung" });
    for (const purpose of ["counselling", "authority_referral", "esf_reporting"] as const)
      await giveConsent(db, person, cast.own.advisor.id, purpose);
    const proposed = await createPlacementRow(db, offer, person, "proposed");
    const accepted = await createPlacementRow(db, offer, person, "accepted");

    for (const path of ["/api/candidates", `/api/candidates?offerId=${offer.id}`]) {
      const page = CandidatePageSchema.parse(await (await employer.get(path)).json());
      expect(page.items.map((item) => item.id)).toContain(shared.placement.id);
      expect(page.items.map((item) => item.id)).not.toContain(proposed.id);
      expect(page.items.map((item) => item.id)).not.toContain(accepted.id);
      expect(JSON.stringify(page)).not.toContain("Nur-Beratung");
    }
    for (const hidden of [proposed, accepted]) {
      await expectError(await employer.get(`/api/candidates/${hidden.id}`), 404, "not_found");
      await expectError(
        await employer.patch(`/api/candidates/${hidden.id}/feedback`, { version: 1, feedback: "x" }),
        404,
        "not_found",
      );
    }
    const offerView = OfferSchema.parse(await (await employer.get(`/api/offers/${offer.id}`)).json());
    expect(offerView.stageCounts).toMatchObject({ proposed: 1, accepted: 0 });
  });

  it("shows consenting candidates of another centre's persons too, but never another company's", async () => {
    const offer = await createOfferRow(db, cast.own.company);
    const { placement } = await candidateOn(offer, "proposed", cast.other);
    expect((await employer.get(`/api/candidates/${placement.id}`)).status).toBe(200);
    const otherCompany = await createCompany(db, cast.own.centre.id);
    const theirOffer = await createOfferRow(db, { ...otherCompany });
    const theirs = await candidateOn(theirOffer);
    await expectError(await employer.get(`/api/candidates/${theirs.placement.id}`), 404, "not_found");
    await expectError(await employer.get(`/api/offers/${theirOffer.id}`), 404, "not_found");
    await expectError(await employer.get(`/api/companies/${otherCompany.id}`), 404, "not_found");
    const list = CandidatePageSchema.parse(await (await employer.get("/api/candidates")).json());
    expect(list.items.map((item) => item.id)).not.toContain(theirs.placement.id);
    const offers = OfferPageSchema.parse(await (await employer.get("/api/offers")).json());
    expect(new Set(offers.items.map((item) => item.companyId))).toEqual(new Set([cast.own.company.id]));
  });

  it("lets the employer move only their stages: cancel is 403, a wrong step 409", async () => {
    const offer = await createOfferRow(db, cast.own.company);
    const { placement } = await candidateOn(offer);
    await expectError(
      await employer.post(`/api/candidates/${placement.id}/transitions`, {
        version: 1,
        to: "cancelled",
        reason: "moved_away",
      }),
      403,
      "forbidden",
    );
    const wrong = await expectError(
      await employer.post(`/api/candidates/${placement.id}/transitions`, { version: 1, to: "running" }),
      409,
      "conflict",
    );
    expect(wrong.details).toMatchObject({
      reason: "transition_not_allowed",
      from: "proposed",
      to: "running",
    });
    const declined = await employer.post(`/api/candidates/${placement.id}/transitions`, {
      version: 1,
      to: "declined",
      reason: "language_insufficient",
    });
    expect(CandidateSchema.parse(await declined.json())).toMatchObject({
      stage: "declined",
      endReason: "language_insufficient",
      allowedStages: [],
    });
    const audit = await db
      .selectFrom("audit_log")
      .select(["action", "user_id"])
      .where("entity_id", "=", placement.id)
      .where("action", "=", "placement.transition")
      .execute();
    expect(audit).toEqual([{ action: "placement.transition", user_id: cast.own.employer.id }]);
  });

  it("records feedback and the employer's own language assessment, which feeds the person's levels", async () => {
    const offer = await createOfferRow(db, cast.own.company);
    const { person, placement } = await candidateOn(offer, "interview");
    const feedback = await employer.patch(`/api/candidates/${placement.id}/feedback`, {
      version: 1,
      feedback: "Sehr motiviert",
    });
    expect(CandidateSchema.parse(await feedback.json()).employerFeedback).toBe("Sehr motiviert");
    const assessed = await employer.post(`/api/candidates/${placement.id}/language-assessments`, {
      date: todayInBerlin(),
      levels: { speaking: "A2" },
      assessorName: "Henrik Brandt",
    });
    expect(assessed.status, await assessed.clone().text()).toBe(201);
    expect(CandidateSchema.parse(await assessed.json()).profile.germanLevels.speaking).toMatchObject({
      level: "A2",
      source: "assessment",
    });
    const entry = await db
      .selectFrom("language_entries")
      .select(["assessor_type", "company_id", "centre_id"])
      .where("person_id", "=", person.id)
      .executeTakeFirstOrThrow();
    expect(entry).toEqual({
      assessor_type: "employer",
      company_id: cast.own.company.id,
      centre_id: cast.own.centre.id,
    });
    const invalid = await expectError(
      await employer.post(`/api/candidates/${placement.id}/language-assessments`, {
        date: todayInBerlin(),
        levels: { speaking: "Z9" },
        assessorName: "Henrik Brandt",
      }),
      422,
      "validation_failed",
    );
    expect(invalid.details).toEqual([expect.objectContaining({ path: "levels.speaking" })]);
  });

  it("lets the employer post an offer, see its counts, and edit its own company profile but not the notes", async () => {
    const created = await employer.post("/api/offers", {
      type: "tth_internship",
      title: "Praktikum in der Werkstatt",
      occupation: "22342",
      places: 2,
      languageRequirement: { speaking: "A2" },
      status: "open",
    });
    expect(created.status).toBe(201);
    const offer = OfferSchema.parse(await created.json());
    expect(offer).toMatchObject({
      companyId: cast.own.company.id,
      status: "open",
      canEdit: true,
      district: "lk-hildesheim",
    });
    const foreign = await expectError(
      await employer.post("/api/offers", {
        companyId: cast.other.company.id,
        type: "job",
        title: "x",
        occupation: "22342",
      }),
      422,
      "validation_failed",
    );
    expect(foreign.details).toEqual([
      { path: "companyId", code: "own_company_offers", message: "Angebote nur für das eigene Unternehmen" },
    ]);
    const profile = CompanyProfileSchema.parse(
      await (await employer.get(`/api/companies/${cast.own.company.id}`)).json(),
    );
    const raw = (await (await employer.get(`/api/companies/${cast.own.company.id}`)).json()) as Record<
      string,
      unknown
    >;
    expect(Object.keys(raw)).not.toContain("notes");
    const updated = await employer.patch(`/api/companies/${cast.own.company.id}`, {
      version: profile.version,
      sizeBand: "small",
      contacts: [{ name: "Henrik Brandt", function: "Inhaber", email: "henrik@brandt.example", phone: null }],
    });
    expect(updated.status).toBe(200);
    const refused = await expectError(
      await employer.patch(`/api/companies/${cast.own.company.id}`, {
        version: profile.version + 1,
        notes: "x",
      }),
      422,
      "validation_failed",
    );
    expect(refused.details).toEqual([
      { path: "notes", code: "centre_maintains_field", message: "Dieses Feld pflegt das Welcome Center" },
    ]);
    await expectError(await employer.get("/api/companies"), 403, "forbidden");
  });

  it("files an inquiry for the own company and lists only the own company's", async () => {
    const created = await employer.post("/api/inquiries", {
      occupation: "22342",
      peopleCount: 2,
      germanLevel: "B1",
      helpWanted: ["recruiting_abroad", "housing"],
    });
    expect(created.status).toBe(201);
    const inquiry = InquirySchema.parse(await created.json());
    expect(inquiry).toMatchObject({
      companyId: cast.own.company.id,
      status: "open",
      receivedOn: todayInBerlin(),
    });
    const otherEmployerCompany = await createCompany(db, cast.own.centre.id);
    const otherEmployer = await createUser(db, {
      role: "employer",
      centreId: cast.own.centre.id,
      companyId: otherEmployerCompany.id,
    });
    const other = await signIn(app, otherEmployer.email, TEST_PASSWORD);
    const theirs = InquiryPageSchema.parse(await (await other.get("/api/inquiries")).json());
    expect(theirs.items).toEqual([]);
    await expectError(await other.get(`/api/inquiries/${inquiry.id}`), 404, "not_found");
    await expectError(
      await employer.patch(`/api/inquiries/${inquiry.id}`, { version: 1, status: "served" }),
      403,
      "forbidden",
    );
  });
});
