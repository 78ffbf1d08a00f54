import { describe, expect, it } from "vitest";
import { caseStatuses, caseTransitions } from "#shared/reference/cases.ts";
import { cefrLegalWording, cefrLevels, cefrRank } from "#shared/reference/cefr.ts";
import {
  CountryCodeSchema,
  countryCodes,
  countryName,
  LanguageCodeSchema,
  languageName,
} from "#shared/reference/countries.ts";
import { districtNames, districts, residenceAreaNames, residenceAreas } from "#shared/reference/districts.ts";
import { iscedBandOf, iscedLevels, iscedName } from "#shared/reference/education.ts";
import {
  chamberNames,
  chambers,
  fundingSourceNames,
  fundingSources,
  helpWantedKinds,
  helpWantedNames,
  offerTransitions,
  offerTypeNames,
  offerTypes,
  placementEndReasons,
  placementTransitions,
  programmeKeyNames,
  programmeKeys,
  sectorNames,
  sectors,
  sizeBandNames,
  sizeBands,
  takesPlace,
} from "#shared/reference/employers.ts";
import {
  KldbCodeSchema,
  kldbAreas,
  kldbMainGroupCodes,
  kldbMainGroups,
  kldbOccupations,
  kldbTitle,
} from "#shared/reference/kldb.ts";
import { certificateProviderNames, certificateProviders } from "#shared/reference/language.ts";
import {
  recognitionBodies,
  recognitionBodyNames,
  recognitionStatuses,
  recognitionStatusNames,
  residencePermitsWithoutExpiry,
  residencePermitTypeName,
  residencePermitTypes,
} from "#shared/reference/residence.ts";
import { issuesOf } from "./helpers/schema-issues.ts";

const labelled: [string, readonly string[], (code: string) => string | undefined][] = [
  ["sectors", sectors, (code) => sectorNames[code as keyof typeof sectorNames]],
  ["chambers", chambers, (code) => chamberNames[code as keyof typeof chamberNames]],
  ["size bands", sizeBands, (code) => sizeBandNames[code as keyof typeof sizeBandNames]],
  ["help wanted", helpWantedKinds, (code) => helpWantedNames[code as keyof typeof helpWantedNames]],
  ["offer types", offerTypes, (code) => offerTypeNames[code as keyof typeof offerTypeNames]],
  ["funding sources", fundingSources, (code) => fundingSourceNames[code as keyof typeof fundingSourceNames]],
  ["programmes", programmeKeys, (code) => programmeKeyNames[code as keyof typeof programmeKeyNames]],
  ["districts", districts, (code) => districtNames[code as keyof typeof districtNames]],
  ["residence areas", residenceAreas, (code) => residenceAreaNames[code as keyof typeof residenceAreaNames]],
  [
    "permit types",
    residencePermitTypes,
    (code) => residencePermitTypeName(code as (typeof residencePermitTypes)[number]),
  ],
  [
    "permit types (en)",
    residencePermitTypes,
    (code) => residencePermitTypeName(code as (typeof residencePermitTypes)[number], "en"),
  ],
  [
    "recognition statuses",
    recognitionStatuses,
    (code) => recognitionStatusNames[code as keyof typeof recognitionStatusNames],
  ],
  [
    "recognition bodies",
    recognitionBodies,
    (code) => recognitionBodyNames[code as keyof typeof recognitionBodyNames],
  ],
  ["ISCED levels", iscedLevels, (code) => iscedName(code as (typeof iscedLevels)[number])],
  ["ISCED levels (en)", iscedLevels, (code) => iscedName(code as (typeof iscedLevels)[number], "en")],
  [
    "certificate providers",
    certificateProviders,
    (code) => certificateProviderNames[code as keyof typeof certificateProviderNames],
  ],
  ["KldB main groups", kldbMainGroupCodes, (code) => kldbMainGroups[code as keyof typeof kldbMainGroups]],
  ["KldB occupations", Object.keys(kldbOccupations), (code) => kldbOccupations[code]],
  ["KldB areas", Object.keys(kldbAreas), (code) => kldbAreas[code]],
];

describe("reference labels", () => {
  it.each(labelled)("give every one of the %s its own non-empty label", (_, codes, label) => {
    const labels = codes.map(label);
    for (const [index, text] of labels.entries()) expect(text?.trim(), codes[index]).toBeTruthy();
    expect(new Set(labels).size).toBe(codes.length);
  });

  it("names in German by default and in English on request", () => {
    expect(residencePermitTypeName("s18g_blue_card")).toBe("§ 18g Blaue Karte EU");
    expect(residencePermitTypeName("s18g_blue_card", "en")).toBe("§ 18g EU Blue Card");
    expect(iscedName("6")).toBe("ISCED 6 – Bachelor oder gleichwertig");
    expect(iscedName("6", "en")).toBe("ISCED 6 – Bachelor's or equivalent");
    expect(residenceAreaNames.abroad).toBe("Im Ausland");
  });

  it("uses the Residence Act's wording for A1 to C1 and none for C2", () => {
    expect(cefrLevels.map((level) => cefrLegalWording[level])).toEqual([
      "einfache",
      "hinreichende",
      "ausreichende",
      "gute",
      "beherrschen",
      undefined,
    ]);
    expect(cefrLevels.map(cefrRank)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe("workflows", () => {
  it("runs a case new → active ↔ on hold → closed, and a closed case goes nowhere", () => {
    expect(caseTransitions).toEqual({
      new: ["active"],
      active: ["on_hold", "closed"],
      on_hold: ["active", "closed"],
      closed: [],
    });
    expect(Object.keys(caseTransitions)).toEqual([...caseStatuses]);
  });

  it("lets an owner open a draft, close an offer and open a closed one again, never ask for filled", () => {
    expect(offerTransitions).toEqual({
      draft: ["open", "closed"],
      open: ["closed"],
      filled: ["closed"],
      closed: ["open"],
    });
  });

  it("moves a placement forward only, ends it by decline or cancellation, and ends are final", () => {
    expect(placementTransitions).toEqual({
      proposed: ["interview", "accepted", "declined", "cancelled"],
      interview: ["accepted", "declined", "cancelled"],
      accepted: ["running", "declined", "cancelled"],
      running: ["completed", "cancelled"],
      completed: [],
      declined: [],
      cancelled: [],
    });
  });

  it("holds a place from acceptance to completion", () => {
    expect(
      ["proposed", "interview", "accepted", "running", "completed", "declined", "cancelled"].filter((stage) =>
        takesPlace(stage as Parameters<typeof takesPlace>[0]),
      ),
    ).toEqual(["accepted", "running", "completed"]);
  });

  it("offers each end reason once, decline reasons first", () => {
    expect(placementEndReasons).toEqual([
      "language_insufficient",
      "qualification_mismatch",
      "impression",
      "position_filled",
      "candidate_withdrew",
      "other",
      "found_other_position",
      "moved_away",
      "permit_issue",
      "offer_closed",
    ]);
  });

  it("watches an expiry date for every permit but EU free movement", () => {
    expect(residencePermitsWithoutExpiry).toEqual(["eu_free_movement"]);
  });
});

describe("ESF+ education bands", () => {
  it.each([
    ["0", "0-2"],
    ["2", "0-2"],
    ["3", "3-4"],
    ["4", "3-4"],
    ["5", "5-8"],
    ["8", "5-8"],
  ] as const)("puts ISCED %s into band %s", (level, band) => {
    expect(iscedBandOf(level)).toBe(band);
  });
});

describe("KldB codes", () => {
  it("accepts main groups and five-digit codes with a skill level of 1 to 4", () => {
    for (const code of ["22", "22342", "81302", "43104"]) expect(KldbCodeSchema.parse(code)).toBe(code);
  });

  it.each([
    ["2", "KldB-Code mit 2 oder 5 Ziffern"],
    ["223", "KldB-Code mit 2 oder 5 Ziffern"],
    ["x22342", "KldB-Code mit 2 oder 5 Ziffern"],
    ["223421", "KldB-Code mit 2 oder 5 Ziffern"],
    ["2a342", "KldB-Code mit 2 oder 5 Ziffern"],
    ["99", "Unbekannte KldB-Berufshauptgruppe"],
    ["22345", "Die 5. Ziffer (Anforderungsniveau) muss 1–4 sein"],
    ["22340", "Die 5. Ziffer (Anforderungsniveau) muss 1–4 sein"],
  ])("refuses %j: %s", (code, message) => {
    expect(issuesOf(KldbCodeSchema, code).map((issue) => issue.message)).toContain(message);
  });

  it("titles a code by its occupation, else its main group, else shows the code", () => {
    expect(kldbTitle("22342")).toBe("Tischler/in (Holz-, Möbel- und Innenausbau)");
    expect(kldbTitle("22999")).toBe("Kunststoffherstellung und -verarbeitung, Holzbe- und -verarbeitung");
    expect(kldbTitle("00")).toBe("00");
  });
});

describe("countries and languages", () => {
  it("lists the ISO country codes in order", () => {
    expect(countryCodes).toContain("SY");
    expect([...countryCodes].sort()).toEqual(countryCodes);
    expect(countryCodes[0]).toBe("AD");
  });

  it("names countries with the short common name, in German by default", () => {
    expect(countryName("SY")).toBe("Syrien");
    expect(countryName("SY", "en")).toBe("Syria");
    expect(countryName("QQ")).toBe("QQ");
    expect(countryName("1")).toBe("1");
  });

  it("names languages, and shows a code no one knows as it is", () => {
    expect(languageName("de")).toBe("Deutsch");
    expect(languageName("ar", "en")).toBe("Arabic");
    expect(languageName("1")).toBe("1");
  });

  it.each([
    ["sy", "Ländercode nach ISO 3166-1 (zwei Großbuchstaben)"],
    ["S", "Ländercode nach ISO 3166-1 (zwei Großbuchstaben)"],
    ["SYR", "Ländercode nach ISO 3166-1 (zwei Großbuchstaben)"],
    ["XSY", "Ländercode nach ISO 3166-1 (zwei Großbuchstaben)"],
    ["S1", "Ländercode nach ISO 3166-1 (zwei Großbuchstaben)"],
    ["QQ", "Unbekannter Ländercode"],
  ])("refuses the country code %j: %s", (code, message) => {
    expect(issuesOf(CountryCodeSchema, code).map((issue) => issue.message)).toContain(message);
  });

  it.each([
    ["DE", "Sprachcode nach ISO 639-1 (zwei Kleinbuchstaben)"],
    ["d", "Sprachcode nach ISO 639-1 (zwei Kleinbuchstaben)"],
    ["deu", "Sprachcode nach ISO 639-1 (zwei Kleinbuchstaben)"],
    ["xde", "Sprachcode nach ISO 639-1 (zwei Kleinbuchstaben)"],
    ["d1", "Sprachcode nach ISO 639-1 (zwei Kleinbuchstaben)"],
    ["qq", "Unbekannter Sprachcode"],
  ])("refuses the language code %j: %s", (code, message) => {
    expect(issuesOf(LanguageCodeSchema, code).map((issue) => issue.message)).toContain(message);
  });

  it("accepts known codes", () => {
    expect(CountryCodeSchema.parse("UA")).toBe("UA");
    expect(LanguageCodeSchema.parse("uk")).toBe("uk");
  });
});
