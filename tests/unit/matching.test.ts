import { describe, expect, it } from "vitest";
import { type MatchOffer, type MatchPerson, rankByScore, scoreMatch } from "#shared/matching/score.ts";
import { districtDistanceKm } from "#shared/reference/distances.ts";
import { sealWarningOf } from "#shared/reference/employers.ts";
import { MatchScoreSchema } from "#shared/schemas/matching.ts";

const today = "2026-11-26";
const offer: MatchOffer = {
  occupation: "22342",
  district: "lk-hildesheim",
  startsOn: "2027-08-01",
  languageRequirement: { speaking: "B1" },
  programme: null,
};
const person: MatchPerson = {
  occupations: ["22342"],
  district: "lk-hildesheim",
  availableFrom: "2027-01-01",
  germanLevels: { speaking: { level: "B1", source: "assessment", on: "2026-10-01" } },
  programmeIds: [],
};

describe("match score", () => {
  it("gives a perfect fit every point it can have without a programme, with one reason per part", () => {
    const result = scoreMatch(offer, person, today);
    expect(MatchScoreSchema.parse(result)).toEqual({
      score: 95,
      languageMet: true,
      reasons: [
        { code: "same_occupation", occupation: "22342", points: 40 },
        { code: "language_met", skill: "speaking", actual: "B1", required: "B1", points: 30 },
        { code: "same_district", km: 15, points: 15 },
        { code: "available_by_start", availableFrom: "2027-01-01", points: 10 },
      ],
    });
  });

  it("ranks occupation matches: same code > same 3-digit group > same main group > same area > none", () => {
    const scoreFor = (code: string) =>
      scoreMatch(offer, { ...person, occupations: [code] }, today).reasons[0];
    expect(scoreFor("22342")).toMatchObject({ code: "same_occupation", points: 40 });
    expect(scoreFor("22343")).toMatchObject({ code: "same_occupation_group", group: "223", points: 30 });
    expect(scoreFor("22102")).toMatchObject({ code: "same_main_group", group: "22", points: 20 });
    expect(scoreFor("22")).toMatchObject({ code: "same_main_group", group: "22", points: 20 });
    expect(scoreFor("25212")).toMatchObject({ code: "same_area", area: "2", points: 8 });
    expect(scoreFor("81302")).toMatchObject({ code: "occupation_mismatch", occupation: "81302", points: 0 });
    expect(scoreMatch(offer, { ...person, occupations: [] }, today).reasons[0]).toEqual({
      code: "occupation_mismatch",
      occupation: null,
      points: 0,
    });
  });

  it("takes the best of several occupations", () => {
    const result = scoreMatch(offer, { ...person, occupations: ["81302", "22102", "22342"] }, today);
    expect(result.reasons[0]).toMatchObject({ code: "same_occupation" });
  });

  it("splits the language points over the required skills and explains each", () => {
    const result = scoreMatch(
      { ...offer, languageRequirement: { speaking: "B1", writing: "B1", listening: "A2" } },
      {
        ...person,
        germanLevels: {
          speaking: { level: "B2", source: "certificate", on: "2026-01-01" },
          writing: { level: "A2", source: "assessment", on: "2026-01-01" },
        },
      },
      today,
    );
    const language = result.reasons.filter((reason) => reason.code.startsWith("language"));
    expect(language).toEqual([
      { code: "language_below", skill: "listening", actual: null, required: "A2", points: 0 },
      { code: "language_below", skill: "writing", actual: "A2", required: "B1", points: 0 },
      { code: "language_met", skill: "speaking", actual: "B2", required: "B1", points: 10 },
    ]);
    expect(result.languageMet).toBe(false);
    const noRequirement = scoreMatch({ ...offer, languageRequirement: {} }, person, today);
    expect(noRequirement.reasons).toContainEqual({ code: "no_language_requirement", points: 30 });
  });

  it("checks a required skill against the overall level when the person has none of its own, and says so", () => {
    const overallOnly = {
      ...person,
      germanLevels: { overall: { level: "B1", source: "certificate", on: "2025-01-01" } } as const,
    };
    const result = scoreMatch(offer, overallOnly, today);
    expect(MatchScoreSchema.parse(result).reasons).toContainEqual({
      code: "language_met",
      skill: "speaking",
      actual: "B1",
      required: "B1",
      via: "overall",
      points: 30,
    });
    expect(result.languageMet).toBe(true);
    const below = scoreMatch({ ...offer, languageRequirement: { writing: "B2" } }, overallOnly, today);
    expect(below.reasons).toContainEqual({
      code: "language_below",
      skill: "writing",
      actual: "B1",
      required: "B2",
      via: "overall",
      points: 0,
    });
  });

  it("scores distance between districts and treats abroad apart", () => {
    expect(districtDistanceKm("lk-hameln-pyrmont", "lk-hildesheim")).toBe(50);
    expect(districtDistanceKm("lk-hildesheim", "lk-hameln-pyrmont")).toBe(50);
    expect(districtDistanceKm("abroad", "lk-hildesheim")).toBeNull();
    const near = scoreMatch(offer, { ...person, district: "region-hannover" }, today);
    expect(near.reasons).toContainEqual({ code: "distance", km: 35, points: 12 });
    const far = scoreMatch(offer, { ...person, district: "lk-nienburg" }, today);
    expect(far.reasons).toContainEqual({ code: "distance", km: 90, points: 5 });
    const abroad = scoreMatch(offer, { ...person, district: "abroad" }, today);
    expect(abroad.reasons).toContainEqual({ code: "abroad", points: 2 });
  });

  it("compares availability with the start, or with today when the offer has started or has no start", () => {
    const late = scoreMatch(offer, { ...person, availableFrom: "2027-08-21" }, today);
    expect(late.reasons).toContainEqual({
      code: "available_after_start",
      availableFrom: "2027-08-21",
      daysLate: 20,
      points: 6,
    });
    const unknown = scoreMatch(offer, { ...person, availableFrom: null }, today);
    expect(unknown.reasons).toContainEqual({ code: "availability_unknown", points: 5 });
    const noStart = scoreMatch(
      { ...offer, startsOn: null },
      { ...person, availableFrom: "2027-06-01" },
      today,
    );
    expect(noStart.reasons).toContainEqual({
      code: "available_after_start",
      availableFrom: "2027-06-01",
      daysLate: 187,
      from: "today",
      points: 0,
    });
  });

  it("adds the programme bonus for an enrolled person", () => {
    const withProgramme = { ...offer, programme: { id: "p1", name: "Talent trifft Handwerk" } };
    expect(scoreMatch(withProgramme, { ...person, programmeIds: ["p1"] }, today)).toMatchObject({
      score: 100,
    });
    expect(scoreMatch(withProgramme, person, today).reasons).toContainEqual({
      code: "programme_not_enrolled",
      programmeId: "p1",
      programmeName: "Talent trifft Handwerk",
      points: 0,
    });
  });

  it("is deterministic: same input, same output; ties ordered by name", () => {
    expect(scoreMatch(offer, person, today)).toEqual(scoreMatch(offer, person, today));
    const rows = [
      { name: "Zeynep", score: 50 },
      { name: "Amal", score: 50 },
      { name: "Chidi", score: 70 },
    ];
    expect(rankByScore(rows, (row) => row.name, 2).map((row) => row.name)).toEqual(["Chidi", "Amal"]);
  });
});

describe("match score details", () => {
  it("counts only five-digit codes as the same occupation or occupation group", () => {
    const mainGroupOffer = { ...offer, occupation: "22" };
    expect(scoreMatch(mainGroupOffer, { ...person, occupations: ["22"] }, today).reasons[0]).toEqual({
      code: "same_main_group",
      group: "22",
      points: 20,
    });
    expect(scoreMatch(mainGroupOffer, { ...person, occupations: ["22342"] }, today).reasons[0]).toEqual({
      code: "same_main_group",
      group: "22",
      points: 20,
    });
  });

  it("keeps the best occupation whichever place it has, and names the target occupation when none fits", () => {
    const bestFirst = scoreMatch(offer, { ...person, occupations: ["22342", "22102", "81302"] }, today);
    expect(bestFirst.reasons[0]).toEqual({ code: "same_occupation", occupation: "22342", points: 40 });
    const noneFits = scoreMatch(offer, { ...person, occupations: ["81302", "43412"] }, today);
    expect(noneFits.reasons[0]).toEqual({ code: "occupation_mismatch", occupation: "81302", points: 0 });
  });

  it("meets an offer without language requirement", () => {
    const result = scoreMatch({ ...offer, languageRequirement: {} }, { ...person, germanLevels: {} }, today);
    expect(result.languageMet).toBe(true);
  });

  it("gives 9 points up to 60 km and 2 beyond 90 km", () => {
    const hameln = scoreMatch(
      { ...offer, district: "lk-hameln-pyrmont" },
      { ...person, district: "region-hannover" },
      today,
    );
    expect(hameln.reasons).toContainEqual({ code: "distance", km: 50, points: 9 });
    const nienburg = scoreMatch(
      { ...offer, district: "lk-nienburg" },
      { ...person, district: "lk-holzminden" },
      today,
    );
    expect(nienburg.reasons).toContainEqual({ code: "distance", km: 130, points: 2 });
  });

  it("counts a person available on the start day as available by the start", () => {
    const onStart = scoreMatch(offer, { ...person, availableFrom: "2027-08-01" }, today);
    expect(onStart.reasons).toContainEqual({
      code: "available_by_start",
      availableFrom: "2027-08-01",
      points: 10,
    });
  });

  it("measures lateness from today once the offer has started", () => {
    const started = scoreMatch(
      { ...offer, startsOn: "2026-09-01" },
      { ...person, availableFrom: "2026-12-10" },
      today,
    );
    expect(started.reasons).toContainEqual({
      code: "available_after_start",
      availableFrom: "2026-12-10",
      daysLate: 14,
      from: "today",
      points: 6,
    });
  });

  it.each([
    ["2027-08-31", 30, 6],
    ["2027-09-01", 31, 3],
    ["2027-10-30", 90, 3],
    ["2027-10-31", 91, 0],
  ])("gives a person available on %s, %i days late, %i points", (availableFrom, daysLate, points) => {
    expect(scoreMatch(offer, { ...person, availableFrom }, today).reasons).toContainEqual({
      code: "available_after_start",
      availableFrom,
      daysLate,
      points,
    });
  });

  it("explains the programme bonus", () => {
    const withProgramme = { ...offer, programme: { id: "p1", name: "Talent trifft Handwerk" } };
    expect(scoreMatch(withProgramme, { ...person, programmeIds: ["p1"] }, today).reasons).toContainEqual({
      code: "programme_enrolled",
      programmeId: "p1",
      programmeName: "Talent trifft Handwerk",
      points: 5,
    });
  });
});

describe("seal warning", () => {
  it("warns for a missing, revoked or expired seal", () => {
    expect(sealWarningOf("none", null, today)).toBe("missing");
    expect(sealWarningOf("applied", null, today)).toBe("missing");
    expect(sealWarningOf("revoked", "2027-01-01", today)).toBe("revoked");
    expect(sealWarningOf("certified", "2026-11-25", today)).toBe("expired");
    expect(sealWarningOf("certified", "2026-11-26", today)).toBeNull();
  });
});
