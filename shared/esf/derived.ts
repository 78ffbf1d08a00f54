import type { IscedLevel } from "../reference/education.ts";
import type { EsfAgeBand, EsfIscedBand } from "../reference/employers.ts";

/** The 27 member states: a third-country national is anyone without the citizenship of one of them (Art. 2(2) Reg. 2021/1057). */
export const euMemberStates = [
  "AT",
  "BE",
  "BG",
  "CY",
  "CZ",
  "DE",
  "DK",
  "EE",
  "ES",
  "FI",
  "FR",
  "GR",
  "HR",
  "HU",
  "IE",
  "IT",
  "LT",
  "LU",
  "LV",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SE",
  "SI",
  "SK",
] as const;

/** Completed years of age on `day`; the birthday itself counts (18 on the 18th birthday). */
export function ageOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function ageBandOn(birthDate: string, day: string): EsfAgeBand {
  const age = ageOn(birthDate, day);
  if (age < 18) return "under_18";
  if (age <= 29) return "18_29";
  if (age >= 55) return "55_plus";
  return "30_54";
}

export function iscedBandOf(level: IscedLevel): EsfIscedBand {
  const value = Number(level);
  if (value <= 2) return "0-2";
  if (value <= 4) return "3-4";
  return "5-8";
}

export const isThirdCountryNational = (nationality: string) =>
  !(euMemberStates as readonly string[]).includes(nationality.toUpperCase());
