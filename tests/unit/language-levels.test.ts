import { describe, expect, it } from "vitest";
import {
  certificateGaps,
  certificateLevels,
  currentLevels,
  hasCertificateGap,
  headlineLevel,
  type LevelEvidence,
  languagesOf,
  meetsRequirement,
} from "#shared/language/levels.ts";
import { LanguageEntryCreateSchema } from "#shared/schemas/language.ts";

let sequence = 0;
const entry = (
  source: LevelEvidence["source"],
  date: string,
  levels: LevelEvidence["levels"],
  language = "de",
): LevelEvidence => {
  sequence += 1;
  return {
    id: `e${sequence}`,
    language,
    source,
    date,
    levels,
    createdAt: `2026-01-01T00:00:0${sequence % 10}Z`,
  };
};
const certificate = (date: string, levels: LevelEvidence["levels"], language = "de") =>
  entry("certificate", date, levels, language);
const assessment = (date: string, levels: LevelEvidence["levels"], language = "de") =>
  entry("assessment", date, levels, language);

describe("current levels", () => {
  it("takes the latest assessment, else the latest certificate, per skill", () => {
    const entries = [
      certificate("2024-03-01", { speaking: "A2", writing: "A2" }),
      certificate("2025-03-01", { speaking: "B2", writing: "B2" }),
      assessment("2024-06-01", { speaking: "B1" }),
      assessment("2023-01-01", { speaking: "A1" }),
    ];
    expect(currentLevels(entries, "de")).toEqual({
      speaking: { level: "B1", source: "assessment", on: "2024-06-01" },
      writing: { level: "B2", source: "certificate", on: "2025-03-01" },
    });
  });

  it("prefers the assessment over a certificate of the same day", () => {
    const entries = [
      certificate("2025-05-05", { reading: "B2" }),
      assessment("2025-05-05", { reading: "B1" }),
    ];
    expect(currentLevels(entries, "de").reading).toEqual({
      level: "B1",
      source: "assessment",
      on: "2025-05-05",
    });
  });

  it("orders two assessments of the same day by recording time", () => {
    const first = assessment("2025-05-05", { speaking: "A2" });
    const second = { ...assessment("2025-05-05", { speaking: "B1" }), createdAt: "2026-02-01T00:00:00Z" };
    expect(currentLevels([second, first], "de").speaking?.level).toBe("B1");
    expect(currentLevels([first, second], "de").speaking?.level).toBe("B1");
  });

  it("leaves skills without any level absent", () => {
    const levels = currentLevels([assessment("2025-01-01", { speaking: "B1" })], "de");
    expect(Object.keys(levels)).toEqual(["speaking"]);
    expect(currentLevels([], "de")).toEqual({});
  });

  it("never derives a skill from an entry's overall level", () => {
    const levels = currentLevels([certificate("2024-09-01", { overall: "B1" })], "de");
    expect(levels).toEqual({ overall: { level: "B1", source: "certificate", on: "2024-09-01" } });
  });

  it("never derives the overall level from the four skills", () => {
    const levels = currentLevels(
      [assessment("2024-09-01", { listening: "B1", reading: "B1", writing: "B1", speaking: "B1" })],
      "de",
    );
    expect(levels.overall).toBeUndefined();
  });

  it("keeps an untested skill at its certificate level when an assessment covers other skills", () => {
    const entries = [
      certificate("2024-09-01", { overall: "B2", reading: "B2" }),
      assessment("2025-01-10", { speaking: "B1", overall: "B1" }),
    ];
    const levels = currentLevels(entries, "de");
    expect(levels.speaking).toEqual({ level: "B1", source: "assessment", on: "2025-01-10" });
    expect(levels.reading).toEqual({ level: "B2", source: "certificate", on: "2024-09-01" });
    expect(levels.overall).toEqual({ level: "B1", source: "assessment", on: "2025-01-10" });
    expect(levels.listening).toBeUndefined();
  });

  it("shows an employer's overall-only assessment as overall only", () => {
    const levels = currentLevels([assessment("2025-03-01", { overall: "B1" })], "de");
    expect(Object.keys(levels)).toEqual(["overall"]);
  });

  it("keeps languages apart", () => {
    const entries = [
      certificate("2024-01-01", { overall: "C1" }, "en"),
      assessment("2025-01-01", { overall: "A2" }, "de"),
    ];
    expect(currentLevels(entries, "de").overall?.level).toBe("A2");
    expect(currentLevels(entries, "en").overall?.level).toBe("C1");
    expect(currentLevels(entries, "fr")).toEqual({});
    expect(languagesOf([...entries, certificate("2024-01-01", { overall: "B1" }, "ar")])).toEqual([
      "de",
      "ar",
      "en",
    ]);
  });

  it("shows certificate levels without assessments for the certificate column", () => {
    const entries = [
      certificate("2024-09-01", { overall: "B2" }),
      assessment("2025-01-10", { overall: "B1" }),
    ];
    expect(certificateLevels(entries, "de").overall?.level).toBe("B2");
  });
});

describe("certificate gaps", () => {
  it("flags an assessment after a certificate that is at least one level lower", () => {
    const entries = [
      certificate("2025-02-01", { speaking: "B2", reading: "B2" }),
      assessment("2025-06-01", { speaking: "B1", reading: "B2" }),
    ];
    const gaps = certificateGaps(entries, "de");
    expect(gaps).toHaveLength(1);
    expect(gaps[0]).toMatchObject({
      skill: "speaking",
      levelsBelow: 1,
      certificate: { level: "B2", source: "certificate" },
      assessment: { level: "B1", source: "assessment" },
    });
  });

  it("counts a same-day assessment as after the certificate", () => {
    const entries = [
      certificate("2025-05-05", { writing: "B2" }),
      assessment("2025-05-05", { writing: "A2" }),
    ];
    expect(certificateGaps(entries, "de")).toMatchObject([{ skill: "writing", levelsBelow: 2 }]);
  });

  it("ignores an assessment made before the certificate", () => {
    const entries = [
      assessment("2024-01-01", { speaking: "A2" }),
      certificate("2025-01-01", { speaking: "B2" }),
    ];
    expect(certificateGaps(entries, "de")).toEqual([]);
  });

  it("clears when a later assessment agrees with the certificate", () => {
    const entries = [
      certificate("2024-01-01", { speaking: "B2" }),
      assessment("2024-06-01", { speaking: "B1" }),
      assessment("2025-06-01", { speaking: "B2" }),
    ];
    expect(certificateGaps(entries, "de")).toEqual([]);
  });

  it("never compares a skill assessment with an overall-only certificate", () => {
    const entries = [
      certificate("2024-01-01", { overall: "B2" }),
      assessment("2024-06-01", { listening: "B1" }),
    ];
    expect(certificateGaps(entries, "de")).toEqual([]);
  });

  it("flags a gap only on the assessed skills (certificate B1 everywhere, assessment speaking + overall A2)", () => {
    const entries = [
      certificate("2024-02-01", {
        listening: "B1",
        reading: "B1",
        writing: "B1",
        speaking: "B1",
        overall: "B1",
      }),
      assessment("2025-04-01", { speaking: "A2", overall: "A2" }),
    ];
    const gaps = certificateGaps(entries, "de");
    expect(gaps.map((gap) => gap.skill)).toEqual(["speaking", "overall"]);
    expect(gaps).toMatchObject([
      { skill: "speaking", certificate: { level: "B1" }, assessment: { level: "A2" }, levelsBelow: 1 },
      { skill: "overall", certificate: { level: "B1" }, assessment: { level: "A2" }, levelsBelow: 1 },
    ]);
    const levels = currentLevels(entries, "de");
    expect(levels.listening).toEqual({ level: "B1", source: "certificate", on: "2024-02-01" });
    expect(levels.reading).toEqual({ level: "B1", source: "certificate", on: "2024-02-01" });
    expect(levels.writing).toEqual({ level: "B1", source: "certificate", on: "2024-02-01" });
    expect(levels.speaking).toEqual({ level: "A2", source: "assessment", on: "2025-04-01" });
    expect(levels.overall).toEqual({ level: "A2", source: "assessment", on: "2025-04-01" });
  });

  it("compares an overall assessment with an overall certificate only", () => {
    const entries = [
      certificate("2024-01-01", { speaking: "B2" }),
      assessment("2024-06-01", { overall: "A2" }),
    ];
    expect(certificateGaps(entries, "de")).toEqual([]);
  });

  it("has no gap when a skill was never certified or never assessed", () => {
    const entries = [
      certificate("2024-01-01", { reading: "B2" }),
      assessment("2024-06-01", { speaking: "A1" }),
    ];
    expect(certificateGaps(entries, "de")).toEqual([]);
  });

  it("looks only at the language asked for", () => {
    const entries = [
      certificate("2024-01-01", { overall: "C1" }, "en"),
      assessment("2024-06-01", { overall: "B1" }, "en"),
    ];
    expect(certificateGaps(entries, "de")).toEqual([]);
    expect(certificateGaps(entries, "en")).toMatchObject([{ skill: "overall", levelsBelow: 2 }]);
  });
});

describe("headline level", () => {
  it("uses the overall level, else the lowest skill", () => {
    expect(
      headlineLevel(currentLevels([certificate("2024-01-01", { overall: "B1", speaking: "A2" })], "de")),
    ).toBe("B1");
    expect(
      headlineLevel(currentLevels([assessment("2024-01-01", { speaking: "A2", reading: "B2" })], "de")),
    ).toBe("A2");
    expect(headlineLevel({})).toBeNull();
  });
});

describe("meetsRequirement", () => {
  const levels = currentLevels(
    [certificate("2024-01-01", { overall: "B2" }), assessment("2025-01-01", { speaking: "B1" })],
    "de",
  );

  it("checks the assessed level first, says which source decided and when the overall level stood in", () => {
    const verdict = meetsRequirement(levels, { speaking: "B2", reading: "B1" });
    expect(verdict.met).toBe(false);
    expect(verdict.skills).toEqual([
      {
        skill: "reading",
        required: "B1",
        actual: { level: "B2", source: "certificate", on: "2024-01-01" },
        via: "overall",
        met: true,
      },
      {
        skill: "speaking",
        required: "B2",
        actual: { level: "B1", source: "assessment", on: "2025-01-01" },
        met: false,
      },
    ]);
  });

  it("is met when every required skill reaches its level", () => {
    expect(meetsRequirement(levels, { speaking: "B1", overall: "B2" }).met).toBe(true);
  });

  it("uses a skill's own level over the overall level, without via", () => {
    const own = currentLevels([certificate("2024-01-01", { overall: "C1", writing: "A2" })], "de");
    expect(meetsRequirement(own, { writing: "B1" }).skills).toEqual([
      {
        skill: "writing",
        required: "B1",
        actual: { level: "A2", source: "certificate", on: "2024-01-01" },
        met: false,
      },
    ]);
  });

  it("is not met for a skill without its own or an overall level", () => {
    const verdict = meetsRequirement(currentLevels([assessment("2025-01-01", { speaking: "C1" })], "de"), {
      writing: "A1",
    });
    expect(verdict).toEqual({
      met: false,
      skills: [{ skill: "writing", required: "A1", actual: null, met: false }],
    });
  });

  it("is met by an empty requirement", () => {
    expect(meetsRequirement({}, {})).toEqual({ met: true, skills: [] });
  });
});

describe("entry schema", () => {
  it("rejects TestDaF below B2 on the level's field", () => {
    const result = LanguageEntryCreateSchema.safeParse({
      source: "certificate",
      date: "2025-01-01",
      provider: "testdaf",
      levels: { reading: "A2", writing: "B2" },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["levels.reading"]);
  });
});

describe("level details", () => {
  it("keeps an older certificate's level for a skill a newer certificate does not list", () => {
    const levels = currentLevels(
      [certificate("2023-01-01", { reading: "B2" }), certificate("2024-01-01", { speaking: "B1" })],
      "de",
    );
    expect(levels.reading).toEqual({ level: "B2", source: "certificate", on: "2023-01-01" });
    expect(certificateLevels([certificate("2024-01-01", { speaking: "B1" })], "de")).toStrictEqual({
      speaking: { level: "B1", source: "certificate", on: "2024-01-01" },
    });
  });

  it("orders same-day entries without a recording time by id, so the later id wins", () => {
    const early: LevelEvidence = {
      id: "0190a",
      language: "de",
      source: "assessment",
      date: "2025-05-05",
      levels: { speaking: "A2" },
    };
    const late: LevelEvidence = { ...early, id: "0190b", levels: { speaking: "B1" } };
    expect(currentLevels([late, early], "de").speaking?.level).toBe("B1");
    expect(currentLevels([early, late], "de").speaking?.level).toBe("B1");
    const recorded: LevelEvidence = {
      ...early,
      id: undefined,
      createdAt: "2025-05-05T08:00:00Z",
      levels: { speaking: "C1" },
    };
    expect(currentLevels([recorded, { ...late, id: undefined }], "de").speaking?.level).toBe("C1");
  });

  it("tells whether any assessed skill lies below its certificate", () => {
    const gap = [certificate("2024-01-01", { speaking: "B2" }), assessment("2025-01-01", { speaking: "A2" })];
    expect(hasCertificateGap(gap, "de")).toBe(true);
    expect(hasCertificateGap(gap, "en")).toBe(false);
    expect(hasCertificateGap([certificate("2024-01-01", { speaking: "B2" })], "de")).toBe(false);
  });

  it("takes the lowest of the skills for the headline whatever their order", () => {
    expect(
      headlineLevel({
        listening: { level: "A2", source: "assessment", on: "2025-01-01" },
        speaking: { level: "B2", source: "assessment", on: "2025-01-01" },
      }),
    ).toBe("A2");
  });

  it("lists German before languages that sort before it", () => {
    expect(
      languagesOf([
        certificate("2024-01-01", { overall: "B1" }, "ar"),
        certificate("2024-01-01", { overall: "A2" }),
      ]),
    ).toEqual(["de", "ar"]);
  });
});
