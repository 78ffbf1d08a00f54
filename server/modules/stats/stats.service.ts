import { cefrLevels } from "#shared/reference/cefr.ts";
import { districts } from "#shared/reference/districts.ts";
import { offerTypes, placementStages } from "#shared/reference/employers.ts";
import { kldbMainGroupCodes } from "#shared/reference/kldb.ts";
import { residencePermitTypes } from "#shared/reference/residence.ts";
import type {
  DemandByDistrict,
  DemandByOccupation,
  LanguageStats,
  NationalitiesStats,
  PlacementsStats,
  ProgrammesStats,
  RequestsStats,
  ResidencePermitsStats,
  StatsQuery,
  TimeToPlacement,
} from "#shared/schemas/stats.ts";
import { NONE_KEY, OTHER_KEY, TOP_NATIONALITIES } from "#shared/schemas/stats.ts";
import { firstDayOf, lastDayOf, monthsBetween } from "#shared/stats/months.ts";
import { type Cell, protectShare, published, shown, withheld } from "#shared/stats/suppression.ts";
import type { ActorContext } from "../../app-env.ts";
import type { Db } from "../../db/database.ts";
import { forbidden } from "../../lib/errors.ts";
import { type Perturb, perturberFor } from "./stats.cell-key.ts";
import * as stats from "./stats.repository.ts";

type RawCount = number | string | bigint;
type Counted = { key: string | null; count: RawCount };
type MonthlyCounted = Counted & { month: string };
type Period = Pick<StatsQuery, "scope" | "from" | "to">;

/**
 * How a scope's counts become cells. A centre's figures are exact: whoever may read them may read the
 * centre's records anyway. Region-wide counts are published by the cell-key method: each base cell
 * (one row and column of one figure in one calendar month) is perturbed on its own, and every other
 * region-wide number — a quarter, a year, a total — is the sum of the published base cells it covers,
 * so it adds nothing to what the months already say (decision record 0012).
 */
type Target = {
  centreId: stats.CentreScope;
  range: stats.DayRange;
  period: Period;
  months: string[];
  perturb: Perturb | null;
};

/** Region-wide medians are shown only over at least this many published placements. */
export const MEDIAN_MIN_PLACEMENTS = 10;

async function targetOf(db: Db, context: ActorContext, query: StatsQuery): Promise<Target> {
  if (query.scope === "region" && context.actor.scope !== "any")
    throw forbidden("Regionsweite Statistiken sind dem Management vorbehalten");
  const region = query.scope === "region";
  return {
    centreId: region ? null : context.actor.centreId,
    range: { firstDay: firstDayOf(query.from), lastDay: lastDayOf(query.to) },
    period: { scope: query.scope, from: query.from, to: query.to },
    months: monthsBetween(query.from, query.to),
    perturb: region ? await perturberFor(db) : null,
  };
}

const keyOf = (row: Counted) => row.key ?? NONE_KEY;

/** True counts per key and month. */
function byKeyAndMonth(rows: readonly MonthlyCounted[]) {
  const map = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const months = map.get(keyOf(row)) ?? new Map<string, number>();
    months.set(row.month, (months.get(row.month) ?? 0) + Number(row.count));
    map.set(keyOf(row), months);
  }
  return map;
}

/**
 * One column of a figure: per key the exact count over the period, or for the region the sum of the
 * perturbed monthly base cells. Returned as plain numbers so totals can be summed before they become
 * cells.
 */
function column(target: Target, identity: readonly string[], rows: readonly MonthlyCounted[]) {
  const counts = new Map<string, number>();
  for (const [key, months] of byKeyAndMonth(rows)) {
    let sum = 0;
    for (const [month, count] of months)
      sum += target.perturb ? target.perturb([...identity, key, month], count) : count;
    counts.set(key, sum);
  }
  return counts;
}

const cellOf = (target: Target, value: number): Cell => (target.perturb ? published(value) : shown(value));
const sumOf = (values: Iterable<number>) => [...values].reduce((sum, value) => sum + value, 0);
export async function requestsStats(
  db: Db,
  context: ActorContext,
  query: StatsQuery,
): Promise<RequestsStats> {
  const target = await targetOf(db, context, query);
  const [persons, companies] = await Promise.all([
    stats.casesOpenedByMonth(db, target.centreId, target.range),
    stats.inquiriesReceivedByMonth(db, target.centreId, target.range),
  ]);
  // Each month is its own row here, so the "key" of the column is the month.
  const perMonth = (identity: string, rows: readonly { month: string; count: RawCount }[]) =>
    column(
      target,
      ["requests", identity],
      rows.map((row) => ({ key: row.month, month: row.month, count: row.count })),
    );
  const personCounts = perMonth("personRequests", persons);
  const companyCounts = perMonth("companyRequests", companies);
  return {
    ...target.period,
    rows: target.months.map((month) => ({
      month,
      personRequests: cellOf(target, personCounts.get(month) ?? 0),
      companyRequests: cellOf(target, companyCounts.get(month) ?? 0),
    })),
    totals: {
      personRequests: cellOf(target, sumOf(personCounts.values())),
      companyRequests: cellOf(target, sumOf(companyCounts.values())),
    },
  };
}

async function demand(db: Db, context: ActorContext, query: StatsQuery, by: "occupation" | "district") {
  const target = await targetOf(db, context, query);
  const figure = by === "occupation" ? "demand-occupations" : "demand-districts";
  const [placeRows, inquiryRows] = await Promise.all([
    stats.openOfferPlacesByMonth(db, target.centreId, target.range, by),
    stats.openInquiriesByMonth(db, target.centreId, target.range, by),
  ]);
  const places = column(target, [figure, "offerPlaces"], placeRows);
  const inquiries = column(target, [figure, "openInquiries"], inquiryRows);
  const keys = (by === "occupation" ? kldbMainGroupCodes : districts).filter(
    (key) => (places.get(key) ?? 0) > 0 || (inquiries.get(key) ?? 0) > 0,
  ) as string[];
  return {
    period: target.period,
    rows: keys.map((key) => ({
      key,
      offerPlaces: cellOf(target, places.get(key) ?? 0),
      openInquiries: cellOf(target, inquiries.get(key) ?? 0),
    })),
    totals: {
      offerPlaces: cellOf(target, sumOf(keys.map((key) => places.get(key) ?? 0))),
      openInquiries: cellOf(target, sumOf(keys.map((key) => inquiries.get(key) ?? 0))),
    },
  };
}

export async function demandByOccupation(
  db: Db,
  context: ActorContext,
  query: StatsQuery,
): Promise<DemandByOccupation> {
  const { period, rows, totals } = await demand(db, context, query, "occupation");
  return { ...period, rows: rows.map(({ key, ...cells }) => ({ group: key, ...cells })), totals };
}

export async function demandByDistrict(
  db: Db,
  context: ActorContext,
  query: StatsQuery,
): Promise<DemandByDistrict> {
  const { period, rows, totals } = await demand(db, context, query, "district");
  return { ...period, rows: rows.map(({ key, ...cells }) => ({ district: key, ...cells })), totals };
}

export async function placementsStats(
  db: Db,
  context: ActorContext,
  query: StatsQuery,
): Promise<PlacementsStats> {
  const target = await targetOf(db, context, query);
  const found = await stats.placementsByTypeStageAndMonth(db, target.centreId, target.range);
  const counts = column(
    target,
    ["placements"],
    found.map((row) => ({ key: `${row.offerType}|${row.stage}`, month: row.month, count: row.count })),
  );
  const count = (type: string, stage: string) => counts.get(`${type}|${stage}`) ?? 0;
  const rowTotal = (type: string) => sumOf(placementStages.map((stage) => count(type, stage)));
  const stageTotal = (stage: string) => sumOf(offerTypes.map((type) => count(type, stage)));
  const stageCells = (value: (stage: string) => number) =>
    Object.fromEntries(placementStages.map((stage) => [stage, cellOf(target, value(stage))]));
  return {
    ...target.period,
    stages: [...placementStages],
    rows: offerTypes.map((offerType) => ({
      offerType,
      stages: stageCells((stage) => count(offerType, stage)),
      total: cellOf(target, rowTotal(offerType)),
    })),
    totals: { stages: stageCells(stageTotal), total: cellOf(target, sumOf(offerTypes.map(rowTotal))) },
  };
}

export async function timeToPlacement(
  db: Db,
  context: ActorContext,
  query: StatsQuery,
): Promise<TimeToPlacement> {
  const target = await targetOf(db, context, query);
  const starts = (await stats.placementStarts(db, target.centreId, target.range)).filter(
    (row): row is { startedOn: string; openedOn: string } => row.startedOn !== null,
  );
  const days = starts
    .map((row) => Math.round((Date.parse(row.startedOn) - Date.parse(row.openedOn)) / 86_400_000))
    .sort((a, b) => a - b);
  const placements = sumOf(
    column(
      target,
      ["time-to-placement", "placements"],
      starts.map((row) => ({ key: "all", month: row.startedOn.slice(0, 7), count: 1 })),
    ).values(),
  );
  const middle = Math.floor(days.length / 2);
  const median =
    days.length === 0
      ? null
      : days.length % 2 === 1
        ? (days[middle] ?? 0)
        : ((days[middle - 1] ?? 0) + (days[middle] ?? 0)) / 2;
  const medianHidden = target.perturb !== null && placements < MEDIAN_MIN_PLACEMENTS;
  return {
    ...target.period,
    placements: cellOf(target, placements),
    medianDays: medianHidden ? withheld() : shown(median),
  };
}

/**
 * Persons in support. A centre counts everyone in support at any time in the period; the region
 * counts those in support in the period's last month, so a quarter or a year repeats that month's
 * published cells and no two periods can be set against each other.
 */
async function servedPersons(db: Db, context: ActorContext, query: StatsQuery) {
  const target = await targetOf(db, context, query);
  const asOf = target.perturb ? query.to : undefined;
  const range = asOf ? { firstDay: firstDayOf(asOf), lastDay: lastDayOf(asOf) } : target.range;
  const found = await stats.servedPersonsProfile(db, target.centreId, range);
  const month = asOf ?? "period";
  type Row = (typeof found)[number];
  const counts = (figure: string, columnName: string, key: (row: Row) => string | null, rows = found) =>
    column(
      target,
      [figure, columnName],
      rows.map((row) => ({ key: key(row), month, count: row.count })),
    );
  return { target, asOf, counts, found };
}

export async function languageStats(
  db: Db,
  context: ActorContext,
  query: StatsQuery,
): Promise<LanguageStats> {
  const { target, asOf, counts, found } = await servedPersons(db, context, query);
  const levels = [...cefrLevels, NONE_KEY];
  const persons = counts("language", "persons", (row) => row.germanLevel);
  const gaps = counts(
    "language",
    "certificateGap",
    (row) => row.germanLevel,
    found.filter((row) => Number(row.certificateGap) === 1),
  );
  const totals = {
    persons: cellOf(target, sumOf(levels.map((level) => persons.get(level) ?? 0))),
    certificateGap: cellOf(target, sumOf(levels.map((level) => gaps.get(level) ?? 0))),
  };
  return {
    ...target.period,
    ...(asOf ? { asOf } : {}),
    rows: levels.map((level) => ({
      level,
      persons: cellOf(target, persons.get(level) ?? 0),
      certificateGap: cellOf(target, gaps.get(level) ?? 0),
    })),
    totals,
    certificateGapPercent: protectShare(totals.certificateGap, totals.persons),
  };
}

export async function programmesStats(
  db: Db,
  context: ActorContext,
  query: StatsQuery,
): Promise<ProgrammesStats> {
  const target = await targetOf(db, context, query);
  const [programmes, enrolmentRows, completionRows] = await Promise.all([
    stats.programmesInScope(db, target.centreId),
    stats.enrolmentsByProgrammeAndMonth(db, target.centreId, target.range),
    stats.completionsByProgrammeAndMonth(db, target.centreId, target.range),
  ]);
  const enrolments = column(target, ["programmes", "enrolments"], enrolmentRows);
  const completions = column(target, ["programmes", "completions"], completionRows);
  const ids = programmes.map((programme) => programme.id);
  return {
    ...target.period,
    rows: programmes.map((programme) => ({
      programme: programme.key,
      name: programme.name,
      enrolments: cellOf(target, enrolments.get(programme.id) ?? 0),
      completions: cellOf(target, completions.get(programme.id) ?? 0),
    })),
    totals: {
      enrolments: cellOf(target, sumOf(ids.map((id) => enrolments.get(id) ?? 0))),
      completions: cellOf(target, sumOf(ids.map((id) => completions.get(id) ?? 0))),
    },
  };
}

/** The largest groups by (published) count, ties by key, the rest summed up under `other`. */
function topWithRest(counts: Map<string, number>, top: number): [string, number][] {
  const sorted = [...counts.entries()]
    .filter(([, count]) => count > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const rest = sumOf(sorted.slice(top).map(([, count]) => count));
  return [...sorted.slice(0, top), ...(rest > 0 ? [[OTHER_KEY, rest] as [string, number]] : [])];
}

export async function nationalitiesStats(
  db: Db,
  context: ActorContext,
  query: StatsQuery,
): Promise<NationalitiesStats> {
  const { target, asOf, counts } = await servedPersons(db, context, query);
  const entries = topWithRest(
    counts("nationalities", "persons", (row) => row.nationality),
    TOP_NATIONALITIES,
  );
  return {
    ...target.period,
    ...(asOf ? { asOf } : {}),
    rows: entries.map(([nationality, count]) => ({ nationality, persons: cellOf(target, count) })),
    total: cellOf(target, sumOf(entries.map(([, count]) => count))),
  };
}

export async function residencePermitsStats(
  db: Db,
  context: ActorContext,
  query: StatsQuery,
): Promise<ResidencePermitsStats> {
  const { target, asOf, counts } = await servedPersons(db, context, query);
  const residencePermits = counts("permits", "persons", (row) => row.permitType);
  const keys = [...residencePermitTypes, NONE_KEY].filter((key) => (residencePermits.get(key) ?? 0) > 0);
  return {
    ...target.period,
    ...(asOf ? { asOf } : {}),
    rows: keys.map((permitType) => ({
      permitType,
      persons: cellOf(target, residencePermits.get(permitType) ?? 0),
    })),
    total: cellOf(target, sumOf(keys.map((key) => residencePermits.get(key) ?? 0))),
  };
}
