import { describe, expect, it } from "vitest";
import { ageBandOn, iscedBandOf } from "#shared/esf/derived.ts";
import { computeEsfIndicators, type EsfRecord, gapsOf } from "#shared/esf/indicators.ts";
import { addMonths, isImmediateInWindow, isLongTermInWindow } from "#shared/esf/windows.ts";
import { EsfParticipantUpdateSchema } from "#shared/schemas/esf.ts";

const year2026 = { firstDay: "2026-01-01", lastDay: "2026-12-31" };

const participant = (overrides: Partial<EsfRecord> = {}): EsfRecord => ({
  programmeId: "p1",
  personId: `person-${Math.random()}`,
  enteredOn: "2026-03-02",
  exitedOn: null,
  employmentStatus: "unemployed",
  birthDate: "1990-05-01",
  iscedLevel: "3",
  gender: "female",
  nationality: "SY",
  foreignBackground: true,
  ruralArea: false,
  disability: "no_answer",
  minority: "no_answer",
  homeless: "no_answer",
  confirmed: true,
  immediateResult: null,
  longTermResult: null,
  ...overrides,
});

const countsOf = (records: EsfRecord[], range = year2026) => computeEsfIndicators(records, range);
const row = (records: EsfRecord[], code: string, range = year2026) =>
  countsOf(records, range).counts.get(code);

describe("ESF+ participant characteristics", () => {
  it("puts an 18th birthday on the entry day into 18–29 and the day before under 18", () => {
    expect(ageBandOn("2008-03-02", "2026-03-02")).toBe("18_29");
    expect(ageBandOn("2008-03-03", "2026-03-02")).toBe("under_18");
    expect(row([participant({ birthDate: "2008-03-02" })], "EECO07")?.total).toBe(1);
    expect(row([participant({ birthDate: "2008-03-03" })], "EECO06")?.total).toBe(1);
  });

  it("puts a 55th birthday on the entry day into 55 and above, the day after not", () => {
    expect(row([participant({ birthDate: "1971-03-02" })], "EECO08")?.total).toBe(1);
    expect(row([participant({ birthDate: "1971-03-03" })], "EECO08")?.total).toBe(0);
  });

  it("derives the ISCED bands 0–2, 3–4 and 5–8 from the level", () => {
    expect(["0", "2", "3", "4", "5", "8"].map((level) => iscedBandOf(level as "0"))).toEqual([
      "0-2",
      "0-2",
      "3-4",
      "3-4",
      "5-8",
      "5-8",
    ]);
  });

  it("counts long-term unemployed as unemployed too, and each status once", () => {
    const records = [
      participant({ employmentStatus: "long_term_unemployed" }),
      participant({ employmentStatus: "self_employed", gender: "male" }),
      participant({ employmentStatus: "in_education", gender: "diverse" }),
    ];
    expect(row(records, "EECO02")).toEqual({ women: 1, men: 0, nonBinary: 0, total: 1 });
    expect(row(records, "EECO03")?.total).toBe(1);
    expect(row(records, "EECO05")).toEqual({ women: 0, men: 1, nonBinary: 0, total: 1 });
    expect(row(records, "EECO04")).toEqual({ women: 0, men: 0, nonBinary: 1, total: 1 });
    expect(row(records, "EECO01")).toEqual({ women: 1, men: 1, nonBinary: 1, total: 3 });
  });

  it("counts third-country nationals by citizenship outside the EU (Norway is a third country)", () => {
    const records = [participant({ nationality: "PL" }), participant({ nationality: "NO" }), participant()];
    expect(row(records, "EECO13")?.total).toBe(2);
  });

  it("counts a sensitive item only when answered yes; keine Angabe is no gap", () => {
    const records = [participant({ disability: "yes", minority: "no" }), participant()];
    expect(row(records, "EECO12")?.total).toBe(1);
    expect(row(records, "EECO15")?.total).toBe(0);
    expect(row(records, "EECO16")?.total).toBe(0);
    expect(countsOf(records).incomplete).toBe(0);
    expect(gapsOf(participant(), "2026-04-01")).toEqual([]);
  });

  it("leaves a record without gender or unconfirmed out of every row and counts it as incomplete", () => {
    const records = [participant({ gender: null }), participant({ confirmed: false }), participant()];
    expect(row(records, "EECO01")?.total).toBe(1);
    expect(countsOf(records).incomplete).toBe(2);
    expect(gapsOf(records[0] as EsfRecord, "2026-04-01")).toEqual(["gender"]);
  });

  it("counts a person twice enrolled in one programme once, in two programmes twice", () => {
    const records = [
      participant({ personId: "x", enteredOn: "2026-02-01" }),
      participant({ personId: "x", enteredOn: "2026-06-01" }),
      participant({ personId: "x", programmeId: "p2" }),
    ];
    expect(row(records, "EECO01")?.total).toBe(2);
  });

  it("counts entries of the period only", () => {
    expect(row([participant({ enteredOn: "2025-12-31" })], "EECO01")?.total).toBe(0);
    expect(row([participant({ enteredOn: "2026-12-31" })], "EECO01")?.total).toBe(1);
  });
});

describe("ESF+ results and their windows", () => {
  const result = (recordedOn: string) => ({
    recordedOn,
    jobSearching: false,
    inEducation: true,
    gainedQualification: true,
    employed: true,
  });

  it("counts an immediate result recorded on the 28th day after exit, not one recorded on the 29th", () => {
    expect(isImmediateInWindow("2026-06-30", "2026-07-28")).toBe(true);
    expect(isImmediateInWindow("2026-06-30", "2026-07-29")).toBe(false);
    const inTime = participant({ exitedOn: "2026-06-30", immediateResult: result("2026-07-28") });
    const late = participant({ exitedOn: "2026-06-30", immediateResult: result("2026-07-29") });
    expect(row([inTime, late], "EECR04")?.total).toBe(1);
    expect(row([inTime, late], "EECR02")?.total).toBe(1);
    expect(row([inTime, late], "EECR01")?.total).toBe(0);
  });

  it("counts an immediate result in the period of the exit, also when the exit is the period's last day", () => {
    const exit = participant({
      enteredOn: "2025-10-01",
      exitedOn: "2026-12-31",
      immediateResult: result("2027-01-10"),
    });
    expect(row([exit], "EECR04")?.total).toBe(1);
    expect(row([exit], "EECO01")?.total).toBe(0);
    expect(row([exit], "EECR04", { firstDay: "2027-01-01", lastDay: "2027-12-31" })?.total).toBe(0);
  });

  it("counts the longer-term result from six months after exit for four weeks", () => {
    expect(addMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(isLongTermInWindow("2026-01-15", "2026-07-14")).toBe(false);
    expect(isLongTermInWindow("2026-01-15", "2026-07-15")).toBe(true);
    expect(isLongTermInWindow("2026-01-15", "2026-08-12")).toBe(true);
    expect(isLongTermInWindow("2026-01-15", "2026-08-13")).toBe(false);
    const record = participant({
      enteredOn: "2025-11-01",
      exitedOn: "2026-01-15",
      longTermResult: { recordedOn: "2026-07-20", employed: true },
    });
    expect(row([record], "EECR05")?.total).toBe(1);
  });

  it("names a missing result as a gap once it is due", () => {
    const exited = participant({ exitedOn: "2026-06-30" });
    expect(gapsOf(exited, "2026-06-29")).toEqual([]);
    expect(gapsOf(exited, "2026-06-30")).toEqual(["immediateResult"]);
    expect(gapsOf(exited, "2026-12-30")).toEqual(["immediateResult", "longTermResult"]);
  });
});

describe("ESF+ participant schema", () => {
  it("refuses a typed age band or ISCED band: they are derived", () => {
    const parsed = EsfParticipantUpdateSchema.safeParse({ version: 1, ageBand: "18_29", iscedBand: "3-4" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toContain("ageBand");
  });

  it("takes exactly one employment status", () => {
    expect(
      EsfParticipantUpdateSchema.safeParse({ version: 1, employmentStatus: ["unemployed", "inactive"] })
        .success,
    ).toBe(false);
    expect(
      EsfParticipantUpdateSchema.safeParse({ version: 1, employmentStatus: "long_term_unemployed" }).success,
    ).toBe(true);
  });

  it("allows keine Angabe for the sensitive items only", () => {
    expect(EsfParticipantUpdateSchema.safeParse({ version: 1, disability: "no_answer" }).success).toBe(true);
    expect(EsfParticipantUpdateSchema.safeParse({ version: 1, foreignBackground: "no_answer" }).success).toBe(
      false,
    );
  });
});
