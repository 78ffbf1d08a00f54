import {
  type CurrentLevels,
  type LanguageRequirement,
  type LanguageSkill,
  meetsRequirement,
} from "../language/levels.ts";
import { districtDistanceKm } from "../reference/distances.ts";
import type { District, ResidenceArea } from "../reference/districts.ts";
import type { MatchReason, MatchScore } from "../schemas/matching.ts";

export const matchWeights = {
  occupation: 40,
  language: 30,
  distance: 15,
  availability: 10,
  programme: 5,
} as const;

export type MatchOffer = {
  occupation: string;
  district: District;
  startsOn: string | null;
  languageRequirement: LanguageRequirement;
  programme: { id: string; name: string } | null;
};

export type MatchPerson = {
  /** Target occupation first, then qualifications and the recognition reference occupation (KldB codes). */
  occupations: readonly string[];
  district: ResidenceArea;
  availableFrom: string | null;
  germanLevels: CurrentLevels;
  /** Programmes the person is or was enrolled in (not dropped out). */
  programmeIds: readonly string[];
};

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

function occupationReason(offerCode: string, personCodes: readonly string[]): MatchReason {
  const candidates: MatchReason[] = personCodes.map((code) => {
    if (code.length === 5 && offerCode.length === 5 && code === offerCode)
      return { code: "same_occupation", occupation: code, points: matchWeights.occupation };
    if (code.length === 5 && offerCode.length === 5 && code.slice(0, 3) === offerCode.slice(0, 3))
      return { code: "same_occupation_group", group: offerCode.slice(0, 3), points: 30 };
    if (code.slice(0, 2) === offerCode.slice(0, 2))
      return { code: "same_main_group", group: offerCode.slice(0, 2), points: 20 };
    if (code[0] === offerCode[0]) return { code: "same_area", area: offerCode.slice(0, 1), points: 8 };
    // Stryker disable next-line ObjectLiteral,StringLiteral: a 0-point candidate never replaces the initial best
    return { code: "occupation_mismatch", occupation: code, points: 0 };
  });
  let best: MatchReason = { code: "occupation_mismatch", occupation: personCodes[0] ?? null, points: 0 };
  for (const candidate of candidates) if (candidate.points > best.points) best = candidate;
  return best;
}

function languageReasons(levels: CurrentLevels, requirement: LanguageRequirement) {
  const verdict = meetsRequirement(levels, requirement);
  if (verdict.skills.length === 0)
    return {
      met: true,
      reasons: [{ code: "no_language_requirement", points: matchWeights.language }] as MatchReason[],
    };
  const count = verdict.skills.length;
  const share = (index: number) =>
    Math.round((matchWeights.language * (index + 1)) / count) -
    Math.round((matchWeights.language * index) / count);
  const reasons = verdict.skills.map((row, index): MatchReason => {
    const skill: LanguageSkill = row.skill;
    const via = row.via ? { via: row.via } : {};
    return row.met && row.actual
      ? {
          code: "language_met",
          skill,
          actual: row.actual.level,
          required: row.required,
          ...via,
          points: share(index),
        }
      : {
          code: "language_below",
          skill,
          actual: row.actual?.level ?? null,
          required: row.required,
          ...via,
          points: 0,
        };
  });
  return { met: verdict.met, reasons };
}

function distanceReason(from: ResidenceArea, to: District): MatchReason {
  const km = districtDistanceKm(from, to);
  if (km === null) return { code: "abroad", points: 2 };
  if (from === to) return { code: "same_district", km, points: matchWeights.distance };
  const points = km <= 40 ? 12 : km <= 60 ? 9 : km <= 90 ? 5 : 2;
  return { code: "distance", km, points };
}

function availabilityReason(
  availableFrom: string | null,
  startsOn: string | null,
  today: string,
): MatchReason {
  if (!availableFrom) return { code: "availability_unknown", points: 5 };
  const reference = startsOn && startsOn > today ? startsOn : today;
  if (availableFrom <= reference)
    return { code: "available_by_start", availableFrom, points: matchWeights.availability };
  const daysLate = daysBetween(reference, availableFrom);
  const points = daysLate <= 30 ? 6 : daysLate <= 90 ? 3 : 0;
  const from = reference === today ? { from: "today" as const } : {};
  return { code: "available_after_start", availableFrom, daysLate, ...from, points };
}

function programmeReason(programme: MatchOffer["programme"], programmeIds: readonly string[]): MatchReason[] {
  if (!programme) return [];
  return programmeIds.includes(programme.id)
    ? [
        {
          code: "programme_enrolled",
          programmeId: programme.id,
          programmeName: programme.name,
          points: matchWeights.programme,
        },
      ]
    : [
        {
          code: "programme_not_enrolled",
          programmeId: programme.id,
          programmeName: programme.name,
          points: 0,
        },
      ];
}

/**
 * How well a person fits an offer: occupation (40), language requirement (30), distance (15),
 * availability (10), programme (5). Pure and deterministic for a given `today`.
 */
export function scoreMatch(offer: MatchOffer, person: MatchPerson, today: string): MatchScore {
  const language = languageReasons(person.germanLevels, offer.languageRequirement);
  const reasons: MatchReason[] = [
    occupationReason(offer.occupation, person.occupations),
    ...language.reasons,
    distanceReason(person.district, offer.district),
    availabilityReason(person.availableFrom, offer.startsOn, today),
    ...programmeReason(offer.programme, person.programmeIds),
  ];
  const total = reasons.reduce((sum, reason) => sum + reason.points, 0);
  return { score: Math.max(0, Math.min(100, total)), languageMet: language.met, reasons };
}

/** Best first; ties by the given name key, then id, so the order never depends on the database. */
export function rankByScore<T extends { score: number }>(
  rows: readonly T[],
  tieBreak: (row: T) => string,
  limit: number,
): T[] {
  return [...rows]
    .sort((a, b) => b.score - a.score || tieBreak(a).localeCompare(tieBreak(b)))
    .slice(0, limit);
}
