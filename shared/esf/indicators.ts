import type { IscedLevel } from "../reference/education.ts";
import {
  type EsfEmploymentStatus,
  type EsfSensitiveAnswer,
  isSme,
  type SizeBand,
} from "../reference/employers.ts";
import type { EsfGap, EsfImmediateResult, EsfLongTermResult } from "../schemas/esf.ts";
import type { Gender } from "../schemas/person.ts";
import { ageBandOn, iscedBandOf, isThirdCountryNational } from "./derived.ts";
import {
  immediateDueOn,
  isImmediateInWindow,
  isLongTermInWindow,
  longTermDueOn,
  longTermFrom,
} from "./windows.ts";

/** One ESF+ enrolment with its participant record, as the indicator computation needs it. */
export type EsfRecord = {
  programmeId: string;
  personId: string;
  enteredOn: string;
  exitedOn: string | null;
  employmentStatus: EsfEmploymentStatus | null;
  birthDate: string | null;
  iscedLevel: IscedLevel | null;
  gender: Gender | null;
  nationality: string | null;
  foreignBackground: boolean | null;
  ruralArea: boolean | null;
  disability: EsfSensitiveAnswer;
  minority: EsfSensitiveAnswer;
  homeless: EsfSensitiveAnswer;
  confirmed: boolean;
  immediateResult: EsfImmediateResult | null;
  longTermResult: EsfLongTermResult | null;
};

type Complete = EsfRecord & {
  employmentStatus: EsfEmploymentStatus;
  birthDate: string;
  iscedLevel: IscedLevel;
  gender: Gender;
  nationality: string;
};

const entryGapsOf = (record: EsfRecord): EsfGap[] => {
  const gaps: EsfGap[] = [];
  if (record.employmentStatus === null) gaps.push("employmentStatus");
  if (record.birthDate === null) gaps.push("birthDate");
  if (record.iscedLevel === null) gaps.push("iscedLevel");
  if (record.gender === null) gaps.push("gender");
  if (record.nationality === null) gaps.push("nationality");
  if (record.foreignBackground === null) gaps.push("foreignBackground");
  if (record.ruralArea === null) gaps.push("ruralArea");
  if (!record.confirmed) gaps.push("confirmed");
  return gaps;
};

/** What a record lacks on `today`: entry items always, a result once its window has begun without one. */
export function gapsOf(record: EsfRecord, today: string): EsfGap[] {
  const gaps = entryGapsOf(record);
  if (record.exitedOn && !record.immediateResult && today >= record.exitedOn) gaps.push("immediateResult");
  if (record.exitedOn && !record.longTermResult && today >= longTermFrom(record.exitedOn))
    gaps.push("longTermResult");
  return gaps;
}

const isComplete = (record: EsfRecord): record is Complete => entryGapsOf(record).length === 0;

type Indicator = {
  code: string;
  label: string;
  /** entry: counted by entry date; immediate: by exit date; longTerm: by the day six months after exit. */
  basis: "entry" | "immediate" | "longTerm";
  counts: (record: Complete) => boolean;
};

const unemployed = (r: Complete) =>
  r.employmentStatus === "unemployed" || r.employmentStatus === "long_term_unemployed";
const immediate = (r: Complete) =>
  r.exitedOn && r.immediateResult && isImmediateInWindow(r.exitedOn, r.immediateResult.recordedOn)
    ? r.immediateResult
    : null;

/** Annex I of Regulation (EU) 2021/1057, codes as in the Commission's ESF+ Common Indicators Toolbox (decision 0029). */
export const esfIndicators: readonly Indicator[] = [
  { code: "EECO01", label: "Teilnehmende insgesamt", basis: "entry", counts: () => true },
  {
    code: "EECO02",
    label: "Arbeitslose, einschließlich Langzeitarbeitslose",
    basis: "entry",
    counts: unemployed,
  },
  {
    code: "EECO03",
    label: "Langzeitarbeitslose",
    basis: "entry",
    counts: (r) => r.employmentStatus === "long_term_unemployed",
  },
  {
    code: "EECO04",
    label: "Nichterwerbstätige",
    basis: "entry",
    counts: (r) => r.employmentStatus === "inactive" || r.employmentStatus === "in_education",
  },
  {
    code: "EECO05",
    label: "Erwerbstätige, einschließlich Selbstständige",
    basis: "entry",
    counts: (r) => r.employmentStatus === "employed" || r.employmentStatus === "self_employed",
  },
  {
    code: "EECO06",
    label: "Kinder unter 18 Jahren",
    basis: "entry",
    counts: (r) => ageBandOn(r.birthDate, r.enteredOn) === "under_18",
  },
  {
    code: "EECO07",
    label: "Junge Menschen zwischen 18 und 29 Jahren",
    basis: "entry",
    counts: (r) => ageBandOn(r.birthDate, r.enteredOn) === "18_29",
  },
  {
    code: "EECO08",
    label: "Teilnehmende im Alter von 55 Jahren und darüber",
    basis: "entry",
    counts: (r) => ageBandOn(r.birthDate, r.enteredOn) === "55_plus",
  },
  {
    code: "EECO09",
    label: "Höchstens Sekundarbereich I (ISCED 0–2)",
    basis: "entry",
    counts: (r) => iscedBandOf(r.iscedLevel) === "0-2",
  },
  {
    code: "EECO10",
    label: "Sekundarbereich II oder postsekundär (ISCED 3–4)",
    basis: "entry",
    counts: (r) => iscedBandOf(r.iscedLevel) === "3-4",
  },
  {
    code: "EECO11",
    label: "Tertiärbildung (ISCED 5–8)",
    basis: "entry",
    counts: (r) => iscedBandOf(r.iscedLevel) === "5-8",
  },
  {
    code: "EECO12",
    label: "Teilnehmende mit Behinderungen",
    basis: "entry",
    counts: (r) => r.disability === "yes",
  },
  {
    code: "EECO13",
    label: "Drittstaatsangehörige",
    basis: "entry",
    counts: (r) => isThirdCountryNational(r.nationality),
  },
  {
    code: "EECO14",
    label: "Teilnehmende ausländischer Herkunft",
    basis: "entry",
    counts: (r) => r.foreignBackground === true,
  },
  {
    code: "EECO15",
    label: "Minderheiten (einschließlich marginalisierter Gemeinschaften wie Roma)",
    basis: "entry",
    counts: (r) => r.minority === "yes",
  },
  {
    code: "EECO16",
    label: "Obdachlose oder von Ausgrenzung auf dem Wohnungsmarkt Betroffene",
    basis: "entry",
    counts: (r) => r.homeless === "yes",
  },
  {
    code: "EECO17",
    label: "Teilnehmende aus ländlichen Gebieten",
    basis: "entry",
    counts: (r) => r.ruralArea === true,
  },
  {
    code: "EECR01",
    label: "Teilnehmende, die nach ihrer Teilnahme auf Arbeitsuche sind",
    basis: "immediate",
    counts: (r) => immediate(r)?.jobSearching === true,
  },
  {
    code: "EECR02",
    label: "Teilnehmende, die nach ihrer Teilnahme eine schulische/berufliche Bildung absolvieren",
    basis: "immediate",
    counts: (r) => immediate(r)?.inEducation === true,
  },
  {
    code: "EECR03",
    label: "Teilnehmende, die nach ihrer Teilnahme eine Qualifizierung erlangen",
    basis: "immediate",
    counts: (r) => immediate(r)?.gainedQualification === true,
  },
  {
    code: "EECR04",
    label: "Teilnehmende, die nach ihrer Teilnahme einen Arbeitsplatz haben, einschließlich Selbstständige",
    basis: "immediate",
    counts: (r) => immediate(r)?.employed === true,
  },
  {
    code: "EECR05",
    label:
      "Teilnehmende, die sechs Monate nach ihrer Teilnahme einen Arbeitsplatz haben, einschließlich Selbstständige",
    basis: "longTerm",
    counts: (r) =>
      r.exitedOn !== null &&
      r.longTermResult !== null &&
      isLongTermInWindow(r.exitedOn, r.longTermResult.recordedOn) &&
      r.longTermResult.employed,
  },
];

export type GenderCounts = { women: number; men: number; nonBinary: number; total: number };
export type DayRange = { firstDay: string; lastDay: string };

const columnOf = { female: "women", male: "men", diverse: "nonBinary" } as const;

function basisDay(indicator: Indicator, record: EsfRecord): string | null {
  if (indicator.basis === "entry") return record.enteredOn;
  if (!record.exitedOn) return null;
  return indicator.basis === "immediate" ? record.exitedOn : longTermFrom(record.exitedOn);
}

/**
 * Counts per indicator for the participants whose entry (outputs), exit (immediate results) or six-month day
 * (longer-term result) falls in `range`. A participant counts once per operation (programme), however often
 * enrolled; an incomplete record counts nowhere but in `incomplete`.
 */
export function computeEsfIndicators(records: readonly EsfRecord[], range: DayRange) {
  const inRange = (day: string | null) => day !== null && day >= range.firstDay && day <= range.lastDay;
  const counts = new Map<string, GenderCounts>();
  for (const indicator of esfIndicators) {
    const counted = new Map<string, Gender>();
    for (const record of records)
      if (isComplete(record) && inRange(basisDay(indicator, record)) && indicator.counts(record))
        counted.set(`${record.programmeId}\u001f${record.personId}`, record.gender);
    const row: GenderCounts = { women: 0, men: 0, nonBinary: 0, total: 0 };
    for (const gender of counted.values()) {
      row[columnOf[gender]]++;
      row.total++;
    }
    counts.set(indicator.code, row);
  }
  const incomplete = new Set(
    records
      .filter((record) => !isComplete(record) && inRange(record.enteredOn))
      .map((record) => `${record.programmeId}\u001f${record.personId}`),
  );
  return { counts, incomplete: incomplete.size };
}

/** A company's support in an ESF+ programme: one offer in it, opened on `supportedOn`. */
export type EsfSupportedCompany = {
  programmeId: string;
  companyId: string;
  supportedOn: string;
  sizeBand: SizeBand | null;
};

/** Annex I point 2 of Regulation (EU) 2021/1057: the entity indicators. Entities have no gender. */
export const esfEntityIndicators = [
  {
    code: "EECO19",
    label:
      "Zahl der unterstützten Kleinstunternehmen, kleinen und mittleren Unternehmen (einschließlich Genossenschaften und Sozialunternehmen)",
  },
] as const;

/**
 * EECO19: the micro, small and medium-sized enterprises (Recommendation 2003/361/EC) supported by an
 * operation, each company once per operation, in the period of its first support there (so the count of a
 * period does not depend on the periods around it). Large companies and those of unknown size are not counted.
 */
export function countSupportedSmes(companies: readonly EsfSupportedCompany[], range: DayRange): number {
  const firstSupport = new Map<string, EsfSupportedCompany>();
  for (const company of companies) {
    const key = `${company.programmeId}\u001f${company.companyId}`;
    const known = firstSupport.get(key);
    if (!known || company.supportedOn < known.supportedOn) firstSupport.set(key, company);
  }
  let count = 0;
  for (const company of firstSupport.values())
    if (
      isSme(company.sizeBand) &&
      company.supportedOn >= range.firstDay &&
      company.supportedOn <= range.lastDay
    )
      count++;
  return count;
}

/** When the results of an exit fall due: the advisor's tasks at exit and before six months. */
export const resultDueDates = (exitedOn: string) => ({
  immediate: immediateDueOn(exitedOn),
  longTerm: longTermDueOn(exitedOn),
});
