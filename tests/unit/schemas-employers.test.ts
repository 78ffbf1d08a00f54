import { describe, expect, it } from "vitest";
import { AgencyCreateSchema, AgencyUpdateSchema } from "#shared/schemas/agency.ts";
import { ChangeOwnPasswordSchema, LoginRequestSchema } from "#shared/schemas/auth.ts";
import { CentreCreateSchema } from "#shared/schemas/centre.ts";
import { EmailSchema, PasswordSchema } from "#shared/schemas/common.ts";
import {
  CompanyContactSchema,
  CompanyCreateSchema,
  CompanyListQuerySchema,
  CompanyUpdateSchema,
} from "#shared/schemas/company.ts";
import { InquiryCreateSchema, InquiryUpdateSchema } from "#shared/schemas/inquiry.ts";
import { OfferCreateSchema, OfferListQuerySchema, OfferUpdateSchema } from "#shared/schemas/offer.ts";
import {
  CandidateFeedbackSchema,
  CandidateLanguageAssessmentSchema,
  PlacementCreateSchema,
} from "#shared/schemas/placement.ts";
import {
  EnrolmentCreateSchema,
  EnrolmentUpdateSchema,
  EsfEntrySchema,
  ProgrammeCreateSchema,
  ProgrammeUpdateSchema,
} from "#shared/schemas/programme.ts";
import { StatsQuerySchema } from "#shared/schemas/stats.ts";
import { UserCreateSchema, UserUpdateSchema } from "#shared/schemas/user.ts";
import { issuesOf } from "./helpers/schema-issues.ts";

const future = "2999-01-01";

describe("accounts", () => {
  it("reads e-mail addresses trimmed and in lower case", () => {
    expect(EmailSchema.parse("  Amal.Haddad@Example.ORG ")).toBe("amal.haddad@example.org");
    expect(issuesOf(EmailSchema, "amal@")).toEqual([{ path: "", message: "Keine gültige E-Mail-Adresse" }]);
    expect(issuesOf(EmailSchema, `${"a".repeat(250)}@x.de`)).toHaveLength(1);
  });

  it("takes passwords of 12 to 128 characters", () => {
    expect(issuesOf(PasswordSchema, "x".repeat(11))).toEqual([
      { path: "", message: "Mindestens 12 Zeichen" },
    ]);
    expect(issuesOf(PasswordSchema, "x".repeat(129))).toEqual([
      { path: "", message: "Höchstens 128 Zeichen" },
    ]);
    expect(issuesOf(PasswordSchema, "x".repeat(12))).toEqual([]);
    expect(issuesOf(PasswordSchema, "x".repeat(128))).toEqual([]);
  });

  it("asks for the password at sign-in and the current one for a change", () => {
    expect(issuesOf(LoginRequestSchema, { email: "a@b.de", password: "" })).toEqual([
      { path: "password", message: "Bitte Passwort eingeben" },
    ]);
    expect(issuesOf(LoginRequestSchema, { email: "a@b.de", password: "x".repeat(1025) })).toHaveLength(1);
    expect(
      issuesOf(ChangeOwnPasswordSchema, { currentPassword: "", newPassword: "x".repeat(12) }),
    ).toHaveLength(1);
  });

  it("ties employer accounts, and only them, to a company", () => {
    const user = { email: "k@betrieb.de", name: " Krüger ", role: "employer", password: "x".repeat(12) };
    expect(issuesOf(UserCreateSchema, user)).toEqual([
      { path: "companyId", message: "Arbeitgeber-Konten brauchen ein Unternehmen" },
    ]);
    expect(UserCreateSchema.parse({ ...user, companyId: "co1" }).name).toBe("Krüger");
    expect(issuesOf(UserCreateSchema, { ...user, role: "advisor", companyId: "co1" })).toEqual([
      { path: "companyId", message: "Nur Arbeitgeber-Konten gehören zu einem Unternehmen" },
    ]);
    expect(issuesOf(UserCreateSchema, { ...user, role: "advisor" })).toEqual([]);
    expect(issuesOf(UserCreateSchema, { ...user, name: " ", companyId: "co1" })).toEqual([
      { path: "name", message: "Bitte Namen eingeben" },
    ]);
  });

  it("changes a user's name or active flag", () => {
    expect(issuesOf(UserUpdateSchema, { version: 1 })).toEqual([
      { path: "name", message: "Nichts zu ändern" },
    ]);
    expect(issuesOf(UserUpdateSchema, { version: 1, active: false })).toEqual([]);
    expect(issuesOf(UserUpdateSchema, { version: 1, name: "Neu" })).toEqual([]);
  });

  it("names a centre with at least three characters", () => {
    expect(issuesOf(CentreCreateSchema, { name: " WC ", district: "lk-hildesheim" })).toEqual([
      { path: "name", message: "Mindestens 3 Zeichen" },
    ]);
    expect(issuesOf(CentreCreateSchema, { name: "x".repeat(201), district: "lk-hildesheim" })).toHaveLength(
      1,
    );
  });
});

describe("companies", () => {
  const company = { name: " Tischlerei Brandt ", district: "lk-holzminden" };

  it("fills the documented defaults", () => {
    expect(CompanyCreateSchema.parse(company)).toEqual({
      name: "Tischlerei Brandt",
      district: "lk-holzminden",
      sector: "other",
      chamber: null,
      sizeBand: null,
      contacts: [],
      notes: null,
      agencyId: null,
    });
    expect(CompanyContactSchema.parse({ name: " Jana Brandt " })).toEqual({
      name: "Jana Brandt",
      function: null,
      email: null,
      phone: null,
    });
  });

  it.each([
    [{ name: " " }, "name", "Bitte ausfüllen"],
    [{ name: "x".repeat(201) }, "name", "Höchstens 200 Zeichen"],
    [{ notes: "x".repeat(5001) }, "notes", "Höchstens 5000 Zeichen"],
    [
      { contacts: Array.from({ length: 21 }, () => ({ name: "A" })) },
      "contacts",
      "Höchstens 20 Ansprechpersonen",
    ],
    [{ contacts: [{ name: "" }] }, "contacts.0.name", "Bitte ausfüllen"],
    [{ contacts: [{ name: "x".repeat(101) }] }, "contacts.0.name", "Höchstens 100 Zeichen"],
    [
      { contacts: [{ name: "A", function: "x".repeat(101) }] },
      "contacts.0.function",
      "Höchstens 100 Zeichen",
    ],
    [{ contacts: [{ name: "A", email: "a@" }] }, "contacts.0.email", "Keine gültige E-Mail-Adresse"],
    [
      { contacts: [{ name: "A", phone: "abc12345" }] },
      "contacts.0.phone",
      "Telefonnummer aus Ziffern, Leerzeichen, + ( ) / -",
    ],
  ])("refuses %j on %s: %s", (change, path, message) => {
    expect(issuesOf(CompanyCreateSchema, { ...company, ...change })).toEqual([{ path, message }]);
  });

  it("accepts 20 contacts with phone numbers", () => {
    const contacts = Array.from({ length: 20 }, () => ({ name: "A", phone: "+49 5531 1234" }));
    expect(issuesOf(CompanyCreateSchema, { ...company, contacts })).toEqual([]);
    for (const phone of ["12345abc", "1234", "1".repeat(31)])
      expect(issuesOf(CompanyContactSchema, { name: "A", phone })).toHaveLength(1);
  });

  it("needs something to change and lists 100 companies by default", () => {
    expect(issuesOf(CompanyUpdateSchema, { version: 1 })).toEqual([
      { path: "version", message: "Nichts zu ändern" },
    ]);
    expect(CompanyListQuerySchema.parse({})).toEqual({ limit: 100 });
    expect(issuesOf(CompanyListQuerySchema, { limit: "201" })).toHaveLength(1);
    expect(issuesOf(CompanyListQuerySchema, { limit: "0" })).toHaveLength(1);
    expect(CompanyListQuerySchema.parse({ limit: "200", q: " Brandt " })).toEqual({
      limit: 200,
      q: "Brandt",
    });
  });
});

describe("offers", () => {
  const offer = { type: "apprenticeship", title: " Ausbildung Tischler ", occupation: "22342" };

  it("starts as a one-place draft without requirement, dates or programme", () => {
    expect(OfferCreateSchema.parse(offer)).toEqual({
      ...offer,
      title: "Ausbildung Tischler",
      startsOn: null,
      endsOn: null,
      places: 1,
      languageRequirement: {},
      programmeId: null,
      description: null,
      status: "draft",
    });
  });

  it.each([
    [{ title: " " }, "title", "Bitte ausfüllen"],
    [{ title: "x".repeat(201) }, "title", "Höchstens 200 Zeichen"],
    [{ places: 0 }, "places", "Mindestens 1 Platz"],
    [{ places: 101 }, "places", "Höchstens 100 Plätze"],
    [{ description: "x".repeat(5001) }, "description", "Höchstens 5000 Zeichen"],
    [{ startsOn: "2027-08-01", endsOn: "2027-07-31" }, "endsOn", "Ende vor dem Beginn"],
  ])("refuses %j on %s: %s", (change, path, message) => {
    expect(issuesOf(OfferCreateSchema, { ...offer, ...change })).toEqual([{ path, message }]);
  });

  it("accepts an offer that ends the day it starts and up to 100 places", () => {
    expect(
      issuesOf(OfferCreateSchema, { ...offer, places: 100, startsOn: "2027-08-01", endsOn: "2027-08-01" }),
    ).toEqual([]);
    expect(issuesOf(OfferUpdateSchema, { version: 1 })).toEqual([
      { path: "version", message: "Nichts zu ändern" },
    ]);
  });

  it("searches regional offers by default and by a KldB prefix of 2 to 5 digits", () => {
    expect(OfferListQuerySchema.parse({})).toEqual({ view: "regional", limit: 50 });
    expect(OfferListQuerySchema.parse({ occupation: "223" }).occupation).toBe("223");
    for (const occupation of ["2", "223421", "x223", "223x", "2a3"])
      expect(issuesOf(OfferListQuerySchema, { occupation })).toEqual([
        { path: "occupation", message: "KldB-Code oder Anfang davon (2–5 Ziffern)" },
      ]);
    expect(OfferListQuerySchema.parse({ occupation: "22342" }).occupation).toBe("22342");
  });
});

describe("inquiries", () => {
  const inquiry = { occupation: "81302" };

  it("asks for one person by default with nothing else", () => {
    expect(InquiryCreateSchema.parse(inquiry)).toEqual({
      occupation: "81302",
      peopleCount: 1,
      germanLevel: null,
      startOn: null,
      helpWanted: [],
      notes: null,
    });
  });

  it.each([
    [{ peopleCount: 0 }, "peopleCount", "Mindestens 1"],
    [{ peopleCount: 501 }, "peopleCount", "Höchstens 500"],
    [{ notes: "x".repeat(2001) }, "notes", "Höchstens 2000 Zeichen"],
    [{ helpWanted: ["visa", "visa"] }, "helpWanted", "Doppelt angegeben"],
    [{ receivedOn: future }, "receivedOn", "Datum liegt in der Zukunft"],
  ])("refuses %j on %s: %s", (change, path, message) => {
    expect(issuesOf(InquiryCreateSchema, { ...inquiry, ...change })).toEqual([{ path, message }]);
  });

  it("takes every kind of help once and up to 500 people", () => {
    const helpWanted = ["recruiting_abroad", "recognition", "visa", "housing", "language"];
    expect(issuesOf(InquiryCreateSchema, { ...inquiry, peopleCount: 500, helpWanted })).toEqual([]);
    expect(issuesOf(InquiryUpdateSchema, { version: 1 })).toEqual([
      { path: "version", message: "Nichts zu ändern" },
    ]);
    expect(issuesOf(InquiryUpdateSchema, { version: 1, status: "served" })).toEqual([]);
  });
});

describe("placements and candidates", () => {
  it("proposes without a note by default and refuses a future date", () => {
    expect(PlacementCreateSchema.parse({ offerId: "o1", personId: "p1" })).toEqual({
      offerId: "o1",
      personId: "p1",
      advisorNote: null,
    });
    expect(issuesOf(PlacementCreateSchema, { offerId: "o1", personId: "p1", proposedOn: future })).toEqual([
      { path: "proposedOn", message: "Datum liegt in der Zukunft" },
    ]);
    expect(
      issuesOf(PlacementCreateSchema, { offerId: "o1", personId: "p1", advisorNote: "x".repeat(2001) }),
    ).toEqual([{ path: "advisorNote", message: "Höchstens 2000 Zeichen" }]);
  });

  it("takes employer feedback that is not blank", () => {
    expect(issuesOf(CandidateFeedbackSchema, { version: 1, feedback: " " })).toEqual([
      { path: "feedback", message: "Bitte ausfüllen" },
    ]);
    expect(CandidateFeedbackSchema.parse({ version: 1, feedback: null })).toEqual({
      version: 1,
      feedback: null,
    });
  });

  it("records an employer's language assessment in German by default", () => {
    const assessment = { date: "2025-06-01", levels: { speaking: "B1" }, assessorName: " Frau Krüger " };
    expect(CandidateLanguageAssessmentSchema.parse(assessment)).toEqual({
      ...assessment,
      assessorName: "Frau Krüger",
      language: "de",
      note: null,
    });
    expect(issuesOf(CandidateLanguageAssessmentSchema, { ...assessment, assessorName: "" })).toEqual([
      { path: "assessorName", message: "Bitte angeben, wer eingeschätzt hat" },
    ]);
    expect(
      issuesOf(CandidateLanguageAssessmentSchema, { ...assessment, assessorName: "x".repeat(201) }),
    ).toEqual([{ path: "assessorName", message: "Höchstens 200 Zeichen" }]);
    expect(issuesOf(CandidateLanguageAssessmentSchema, { ...assessment, note: "x".repeat(501) })).toEqual([
      { path: "note", message: "Höchstens 500 Zeichen" },
    ]);
  });
});

describe("agencies", () => {
  const agency = { name: " Care Bridge ", country: "PH" };

  it("starts without a seal, website or notes", () => {
    expect(AgencyCreateSchema.parse(agency)).toEqual({
      name: "Care Bridge",
      country: "PH",
      sealStatus: "none",
      sealValidUntil: null,
      website: null,
      notes: null,
    });
  });

  it("needs the validity of a certified seal", () => {
    expect(issuesOf(AgencyCreateSchema, { ...agency, sealStatus: "certified" })).toEqual([
      { path: "sealValidUntil", message: "Bitte angeben, bis wann das Siegel gilt" },
    ]);
    expect(
      issuesOf(AgencyCreateSchema, { ...agency, sealStatus: "certified", sealValidUntil: "2027-06-30" }),
    ).toEqual([]);
    expect(issuesOf(AgencyCreateSchema, { ...agency, sealStatus: "applied" })).toEqual([]);
  });

  it.each([
    [{ name: "" }, "name", "Bitte ausfüllen"],
    [{ name: "x".repeat(201) }, "name", "Höchstens 200 Zeichen"],
    [{ website: "x".repeat(301) }, "website", "Höchstens 300 Zeichen"],
    [{ notes: "x".repeat(2001) }, "notes", "Höchstens 2000 Zeichen"],
  ])("refuses %j on %s: %s", (change, path, message) => {
    expect(issuesOf(AgencyCreateSchema, { ...agency, ...change })).toEqual([{ path, message }]);
  });

  it("needs something to change", () => {
    expect(issuesOf(AgencyUpdateSchema, { version: 1 })).toEqual([
      { path: "version", message: "Nichts zu ändern" },
    ]);
  });
});

describe("programmes and enrolments", () => {
  const programme = { name: " Sprachtage Nord ", fundingSource: "state", startsOn: "2026-01-01" };

  it("creates the centre's own programme by default", () => {
    expect(ProgrammeCreateSchema.parse(programme)).toEqual({
      ...programme,
      name: "Sprachtage Nord",
      key: "own",
      description: null,
      esfProjectNumber: null,
      endsOn: null,
      keepUntil: null,
    });
  });

  it("asks for the ESF+ project number with ESF+ funding only", () => {
    expect(issuesOf(ProgrammeCreateSchema, { ...programme, fundingSource: "esf_plus" })).toEqual([
      { path: "esfProjectNumber", message: "Bei ESF Plus bitte die Projektnummer angeben" },
    ]);
    expect(
      issuesOf(ProgrammeCreateSchema, {
        ...programme,
        fundingSource: "esf_plus",
        esfProjectNumber: "ESF-2021-77",
      }),
    ).toEqual([]);
    expect(issuesOf(ProgrammeCreateSchema, { ...programme, esfProjectNumber: "ESF-2021-77" })).toEqual([
      { path: "esfProjectNumber", message: "Projektnummer nur bei ESF Plus" },
    ]);
    expect(issuesOf(ProgrammeUpdateSchema, { version: 1, esfProjectNumber: "ESF-2021-77" })).toEqual([]);
  });

  it.each([
    [{ name: "" }, "name", "Bitte ausfüllen"],
    [{ name: "x".repeat(201) }, "name", "Höchstens 200 Zeichen"],
    [{ description: "x".repeat(2001) }, "description", "Höchstens 2000 Zeichen"],
    [
      { fundingSource: "esf_plus", esfProjectNumber: "x".repeat(51) },
      "esfProjectNumber",
      "Höchstens 50 Zeichen",
    ],
    [{ endsOn: "2025-12-31" }, "endsOn", "Ende vor dem Beginn"],
  ])("refuses %j on %s: %s", (change, path, message) => {
    expect(issuesOf(ProgrammeCreateSchema, { ...programme, ...change })).toEqual([{ path, message }]);
  });

  it("accepts a one-day programme and needs something to change", () => {
    expect(issuesOf(ProgrammeCreateSchema, { ...programme, endsOn: "2026-01-01" })).toEqual([]);
    expect(issuesOf(ProgrammeUpdateSchema, { version: 1 })).toEqual([
      { path: "version", message: "Nichts zu ändern" },
    ]);
  });

  it("enrols without ESF+ data by default, and sensitive items default to no answer", () => {
    expect(
      EnrolmentCreateSchema.parse({ programmeId: "pr1", personId: "p1", enteredOn: "2026-02-01" }),
    ).toEqual({
      programmeId: "pr1",
      personId: "p1",
      enteredOn: "2026-02-01",
      esfEntry: null,
    });
    expect(
      EsfEntrySchema.parse({
        employmentStatus: "unemployed",
        ageBand: "30_54",
        iscedBand: "3-4",
        thirdCountryNational: true,
      }),
    ).toMatchObject({ disability: "no_answer", disadvantaged: "no_answer" });
    expect(issuesOf(EnrolmentUpdateSchema, { version: 1 })).toEqual([
      { path: "version", message: "Nichts zu ändern" },
    ]);
  });
});

describe("statistics period", () => {
  it("covers the own centre by default", () => {
    expect(StatsQuerySchema.parse({ from: "2025-01", to: "2025-12" })).toEqual({
      from: "2025-01",
      to: "2025-12",
      scope: "centre",
    });
  });

  it("refuses an end before the start and more than 60 months", () => {
    expect(issuesOf(StatsQuerySchema, { from: "2025-02", to: "2025-01" })).toEqual([
      { path: "to", message: "Das Ende liegt vor dem Beginn" },
    ]);
    expect(issuesOf(StatsQuerySchema, { from: "2020-01", to: "2025-01" })).toEqual([
      { path: "to", message: "Höchstens 60 Monate auf einmal" },
    ]);
    expect(issuesOf(StatsQuerySchema, { from: "2020-01", to: "2024-12" })).toEqual([]);
    expect(issuesOf(StatsQuerySchema, { from: "2025-01", to: "2025-01" })).toEqual([]);
  });

  it("reports a malformed month once, on its own field", () => {
    expect(issuesOf(StatsQuerySchema, { from: "2025-13", to: "2025-01" })).toEqual([
      { path: "from", message: "Monat im Format JJJJ-MM angeben" },
    ]);
    expect(issuesOf(StatsQuerySchema, { from: "2025-01", to: "2025-1" })).toEqual([
      { path: "to", message: "Monat im Format JJJJ-MM angeben" },
    ]);
  });
});
