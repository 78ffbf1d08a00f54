import { describe, expect, it } from "vitest";
import {
  DuplicateQuerySchema,
  PersonCreateSchema,
  PersonListQuerySchema,
  PersonUpdateSchema,
  QualificationSchema,
} from "#shared/schemas/person.ts";
import { issuesOf } from "./helpers/schema-issues.ts";

const minimal = {
  familyName: "Haddad",
  givenNames: "Amal",
  birthDate: "1994-03-12",
  nationality: "SY",
  district: "lk-hildesheim",
};

describe("creating a person", () => {
  it("fills every optional field with its documented default", () => {
    expect(PersonCreateSchema.parse(minimal)).toEqual({
      ...minimal,
      nameLatin: null,
      gender: null,
      languages: [],
      email: null,
      phone: null,
      arrivalDate: null,
      educationLevel: null,
      qualifications: [],
      targetOccupation: null,
      availableFrom: null,
      permitType: null,
      permitExpiresOn: null,
      fastTrack81a: false,
      recognitionOccupation: null,
      recognitionBody: null,
      recognitionStatus: "not_started",
      recognitionDeficits: null,
      recognitionMeasure: null,
      notes: null,
      acknowledgedDuplicates: [],
    });
  });

  it("trims names and the phone number", () => {
    const person = PersonCreateSchema.parse({
      ...minimal,
      familyName: "  Haddad ",
      phone: " +49 (511) 123-45/6 ",
    });
    expect(person.familyName).toBe("Haddad");
    expect(person.phone).toBe("+49 (511) 123-45/6");
  });

  it.each([
    [{ familyName: "   " }, "familyName", "Bitte ausfüllen"],
    [{ givenNames: "" }, "givenNames", "Bitte ausfüllen"],
    [{ familyName: "x".repeat(101) }, "familyName", "Höchstens 100 Zeichen"],
    [{ nameLatin: "x".repeat(201) }, "nameLatin", "Höchstens 200 Zeichen"],
    [{ birthDate: "2999-01-01" }, "birthDate", "Datum liegt in der Zukunft"],
    [{ birthDate: "1899-12-31" }, "birthDate", "Datum vor 1900"],
    [{ arrivalDate: "2999-01-01" }, "arrivalDate", "Datum liegt in der Zukunft"],
    [{ languages: Array.from({ length: 13 }, () => "ar") }, "languages", "Höchstens 12 Sprachen"],
    [{ languages: ["ar", "en", "ar"] }, "languages", "Sprache doppelt angegeben"],
    [{ email: "amal.example" }, "email", "Keine gültige E-Mail-Adresse"],
    [{ phone: "abc12345" }, "phone", "Telefonnummer aus Ziffern, Leerzeichen, + ( ) / -"],
    [{ phone: "12345abc" }, "phone", "Telefonnummer aus Ziffern, Leerzeichen, + ( ) / -"],
    [{ phone: "1234" }, "phone", "Telefonnummer aus Ziffern, Leerzeichen, + ( ) / -"],
    [{ phone: "1".repeat(31) }, "phone", "Telefonnummer aus Ziffern, Leerzeichen, + ( ) / -"],
    [{ notes: "x".repeat(5001) }, "notes", "Höchstens 5000 Zeichen"],
    [{ recognitionMeasure: "x".repeat(501) }, "recognitionMeasure", "Höchstens 500 Zeichen"],
    [
      { recognitionStatus: "partial", recognitionDeficits: "x".repeat(2001) },
      "recognitionDeficits",
      "Höchstens 2000 Zeichen",
    ],
  ])("refuses %j on %s: %s", (change, path, message) => {
    expect(issuesOf(PersonCreateSchema, { ...minimal, ...change })).toContainEqual({ path, message });
  });

  it("accepts the limits themselves", () => {
    const person = {
      ...minimal,
      familyName: "x".repeat(100),
      nameLatin: "x".repeat(200),
      birthDate: "1900-01-01",
      languages: ["ar", "en", "fr", "de", "es", "it", "pt", "ru", "uk", "tr", "fa", "ps"],
      phone: "12345",
      notes: "x".repeat(5000),
      qualifications: Array.from({ length: 10 }, () => ({ occupation: "22342", country: "SY", year: 1950 })),
    };
    expect(issuesOf(PersonCreateSchema, person)).toEqual([]);
    expect(issuesOf(PersonCreateSchema, { ...minimal, phone: "0".repeat(30) })).toEqual([]);
    expect(issuesOf(PersonCreateSchema, { ...minimal, phone: "0511 123456" })).toEqual([]);
  });

  it("checks qualifications and allows at most ten", () => {
    expect(
      QualificationSchema.parse({ occupation: "22342", title: " Tischler ", country: "SY", year: 2012 }),
    ).toEqual({ occupation: "22342", title: "Tischler", country: "SY", year: 2012 });
    expect(QualificationSchema.parse({ occupation: "22342", country: "SY", year: 2012 }).title).toBeNull();
    expect(issuesOf(QualificationSchema, { occupation: "22342", country: "SY", year: 1949 })).toEqual([
      { path: "year", message: "Jahr ab 1950" },
    ]);
    expect(issuesOf(QualificationSchema, { occupation: "22342", country: "SY", year: 2101 })).toHaveLength(1);
    expect(
      issuesOf(QualificationSchema, {
        occupation: "22342",
        title: "x".repeat(201),
        country: "SY",
        year: 2000,
      }),
    ).toHaveLength(1);
    const eleven = Array.from({ length: 11 }, () => ({ occupation: "22342", country: "SY", year: 2000 }));
    expect(issuesOf(PersonCreateSchema, { ...minimal, qualifications: eleven })).toContainEqual({
      path: "qualifications",
      message: "Höchstens 10 Qualifikationen",
    });
  });

  it("allows at most 20 acknowledged duplicates", () => {
    const ids = (count: number) => Array.from({ length: count }, (_, index) => `p${index}`);
    expect(issuesOf(PersonCreateSchema, { ...minimal, acknowledgedDuplicates: ids(20) })).toEqual([]);
    expect(issuesOf(PersonCreateSchema, { ...minimal, acknowledgedDuplicates: ids(21) })).toHaveLength(1);
  });
});

describe("rules across person fields", () => {
  it("asks for deficits with a partial recognition and refuses them otherwise", () => {
    expect(issuesOf(PersonCreateSchema, { ...minimal, recognitionStatus: "partial" })).toEqual([
      { path: "recognitionDeficits", message: "Bitte die festgestellten Defizite angeben" },
    ]);
    expect(
      issuesOf(PersonCreateSchema, {
        ...minimal,
        recognitionStatus: "partial",
        recognitionDeficits: "Fachpraxis fehlt",
        recognitionMeasure: "Anpassungslehrgang",
      }),
    ).toEqual([]);
    expect(
      issuesOf(PersonCreateSchema, {
        ...minimal,
        recognitionStatus: "full",
        recognitionDeficits: "Fachpraxis fehlt",
        recognitionMeasure: "Anpassungslehrgang",
      }),
    ).toEqual([
      { path: "recognitionDeficits", message: "Nur bei teilweiser Gleichwertigkeit" },
      { path: "recognitionMeasure", message: "Nur bei teilweiser Gleichwertigkeit" },
    ]);
  });

  it("needs a permit type for an expiry date, and EU free movement has none", () => {
    expect(issuesOf(PersonCreateSchema, { ...minimal, permitExpiresOn: "2027-01-01" })).toEqual([
      { path: "permitType", message: "Bitte den Aufenthaltstitel angeben" },
    ]);
    expect(
      issuesOf(PersonCreateSchema, {
        ...minimal,
        permitType: "eu_free_movement",
        permitExpiresOn: "2027-01-01",
      }),
    ).toEqual([{ path: "permitExpiresOn", message: "Freizügigkeit hat kein Ablaufdatum" }]);
    expect(
      issuesOf(PersonCreateSchema, {
        ...minimal,
        permitType: "s18a_skilled_vocational",
        permitExpiresOn: "2027-01-01",
      }),
    ).toEqual([]);
    expect(issuesOf(PersonCreateSchema, { ...minimal, permitType: "eu_free_movement" })).toEqual([]);
  });

  it("refuses an arrival before the birth but allows one on the birthday", () => {
    expect(issuesOf(PersonCreateSchema, { ...minimal, arrivalDate: "1994-03-11" })).toEqual([
      { path: "arrivalDate", message: "Einreise vor dem Geburtsdatum" },
    ]);
    expect(issuesOf(PersonCreateSchema, { ...minimal, arrivalDate: "1994-03-12" })).toEqual([]);
  });

  it("checks an update on its own fields and needs something to change", () => {
    expect(issuesOf(PersonUpdateSchema, { version: 3 })).toEqual([
      { path: "version", message: "Nichts zu ändern" },
    ]);
    expect(PersonUpdateSchema.parse({ version: 3, notes: " neu " })).toEqual({ version: 3, notes: "neu" });
    expect(issuesOf(PersonUpdateSchema, { version: 0, notes: "x" })).toHaveLength(1);
  });
});

describe("person list query", () => {
  it("sorts by name and takes 50 by default", () => {
    expect(PersonListQuerySchema.parse({})).toEqual({ sort: "name", limit: 50 });
  });

  it("reads the filters from the query string", () => {
    expect(
      PersonListQuerySchema.parse({
        q: " Had ",
        status: "none",
        permitExpiringWithin: "90",
        certificateGap: "true",
      }),
    ).toEqual({
      q: "Had",
      status: "none",
      permitExpiringWithin: 90,
      certificateGap: "true",
      sort: "name",
      limit: 50,
    });
    expect(PersonListQuerySchema.parse({ status: "on_hold", permitExpiringWithin: "0" }).status).toBe(
      "on_hold",
    );
  });

  it("refuses filters out of range", () => {
    for (const query of [{ q: "x".repeat(101) }, { permitExpiringWithin: "3651" }, { status: "closed" }])
      expect(issuesOf(PersonListQuerySchema, query)).toHaveLength(1);
    expect(PersonListQuerySchema.parse({ permitExpiringWithin: "3650" }).permitExpiringWithin).toBe(3650);
  });

  it("looks up duplicates by trimmed names and birth date", () => {
    expect(
      DuplicateQuerySchema.parse({ familyName: " Haddad", givenNames: "Amal ", birthDate: "1994-03-12" }),
    ).toEqual({
      familyName: "Haddad",
      givenNames: "Amal",
      birthDate: "1994-03-12",
    });
  });
});
