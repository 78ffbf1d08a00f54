import { cefrLevels } from "../../../shared/reference/cefr.ts";
import { districts } from "../../../shared/reference/districts.ts";
import { offerTypes, placementStages } from "../../../shared/reference/employers.ts";
import { kldbMainGroupCodes } from "../../../shared/reference/kldb.ts";
import { permitTypes } from "../../../shared/reference/residence.ts";
import type {
  DemandByDistrict,
  DemandByOccupation,
  LanguageStats,
  NationalitiesStats,
  PermitsStats,
  PlacementsStats,
  ProgrammesStats,
  RequestsStats,
  StatsQuery,
  TimeToPlacement,
} from "../../../shared/schemas/stats.ts";
import { NONE_KEY, OTHER_KEY, TOP_NATIONALITIES } from "../../../shared/schemas/stats.ts";
import { firstDayOf, lastDayOf, monthsBetween } from "../../../shared/stats/months.ts";
import { type Cell, protectCount, protectGrid, protectShare } from "../../../shared/stats/suppression.ts";
import type { Actor } from "../../app-env.ts";
import type { Db } from "../../db/database.ts";
import { forbidden } from "../../lib/errors.ts";
import * as stats from "./stats.repository.ts";

type Counted = { key: string | null; count: number | string | bigint };
type Target = { centreId: stats.CentreScope; range: stats.DayRange; protect: boolean; period: Period };
type Period = Pick<StatsQuery, "scope" | "from" | "to">;

/**
 * Region-wide figures are for management (`read:stats:any`); an advisor (`own`) sees their centre only.
 * Own-centre figures are not suppressed: whoever may read them may read the centre's records anyway.
 */
function targetOf(actor: Actor, query: StatsQuery): Target {
  if (query.scope === "region" && actor.scope !== "any")
    throw forbidden("Regionsweite Statistiken sind dem Management vorbehalten");
  const region = query.scope === "region";
  return {
    centreId: region ? null : actor.centreId,
    range: { firstDay: firstDayOf(query.from), lastDay: lastDayOf(query.to) },
    protect: region,
    period: { scope: query.scope, from: query.from, to: query.to },
  };
}

const countMap = (rows: readonly Counted[]) => {
  const map = new Map<string, number>();
  for (const row of rows) {
    const key = row.key ?? NONE_KEY;
    map.set(key, (map.get(key) ?? 0) + Number(row.count));
  }
  return map;
};

const byMonth = (rows: readonly { month: string; count: number | string | bigint }[]) =>
  countMap(rows.map((row) => ({ key: row.month, count: row.count })));

const cellAt = (cells: Cell[][], row: number, column: number): Cell =>
  cells[row]?.[column] ?? { value: 0, suppressed: false };

export async function requestsStats(db: Db, actor: Actor, query: StatsQuery): Promise<RequestsStats> {
  const { centreId, range, protect, period } = targetOf(actor, query);
  const [persons, companies] = await Promise.all([
    stats.casesOpenedByMonth(db, centreId, range).then(byMonth),
    stats.inquiriesReceivedByMonth(db, centreId, range).then(byMonth),
  ]);
  const months = monthsBetween(query.from, query.to);
  const grid = protectGrid(
    months.map((month) => [persons.get(month) ?? 0, companies.get(month) ?? 0]),
    { columnTotals: true },
    protect,
  );
  return {
    ...period,
    rows: months.map((month, index) => ({
      month,
      personRequests: cellAt(grid.cells, index, 0),
      companyRequests: cellAt(grid.cells, index, 1),
    })),
    totals: {
      personRequests: grid.columnTotals[0] ?? cellAt([], 0, 0),
      companyRequests: grid.columnTotals[1] ?? cellAt([], 0, 0),
    },
  };
}

async function demand(db: Db, actor: Actor, query: StatsQuery, by: "occupation" | "district") {
  const { centreId, range, protect, period } = targetOf(actor, query);
  const [places, inquiries] = await Promise.all([
    stats.openOfferPlaces(db, centreId, range, by).then(countMap),
    stats.openInquiries(db, centreId, range, by).then(countMap),
  ]);
  const keys = (by === "occupation" ? kldbMainGroupCodes : districts).filter(
    (key) => (places.get(key) ?? 0) > 0 || (inquiries.get(key) ?? 0) > 0,
  ) as string[];
  const grid = protectGrid(
    keys.map((key) => [places.get(key) ?? 0, inquiries.get(key) ?? 0]),
    { columnTotals: true },
    protect,
  );
  return {
    period,
    rows: keys.map((key, index) => ({
      key,
      offerPlaces: cellAt(grid.cells, index, 0),
      openInquiries: cellAt(grid.cells, index, 1),
    })),
    totals: {
      offerPlaces: grid.columnTotals[0] ?? protectCount(0, false),
      openInquiries: grid.columnTotals[1] ?? protectCount(0, false),
    },
  };
}

export async function demandByOccupation(
  db: Db,
  actor: Actor,
  query: StatsQuery,
): Promise<DemandByOccupation> {
  const { period, rows, totals } = await demand(db, actor, query, "occupation");
  return { ...period, rows: rows.map(({ key, ...cells }) => ({ group: key, ...cells })), totals };
}

export async function demandByDistrict(db: Db, actor: Actor, query: StatsQuery): Promise<DemandByDistrict> {
  const { period, rows, totals } = await demand(db, actor, query, "district");
  return { ...period, rows: rows.map(({ key, ...cells }) => ({ district: key, ...cells })), totals };
}

export async function placementsStats(db: Db, actor: Actor, query: StatsQuery): Promise<PlacementsStats> {
  const { centreId, range, protect, period } = targetOf(actor, query);
  const found = await stats.placementsByTypeAndStage(db, centreId, range);
  const count = (type: string, stage: string) =>
    found
      .filter((row) => row.offerType === type && row.stage === stage)
      .reduce((sum, row) => sum + Number(row.count), 0);
  const grid = protectGrid(
    offerTypes.map((type) => placementStages.map((stage) => count(type, stage))),
    { rowTotals: true, columnTotals: true, grandTotal: true },
    protect,
  );
  const stageCells = (cells: Cell[]) =>
    Object.fromEntries(
      placementStages.map((stage, index) => [stage, cells[index] ?? protectCount(0, false)]),
    );
  return {
    ...period,
    stages: [...placementStages],
    rows: offerTypes.map((offerType, index) => ({
      offerType,
      stages: stageCells(grid.cells[index] ?? []),
      total: grid.rowTotals[index] ?? protectCount(0, false),
    })),
    totals: { stages: stageCells(grid.columnTotals), total: grid.grandTotal },
  };
}

export async function timeToPlacement(db: Db, actor: Actor, query: StatsQuery): Promise<TimeToPlacement> {
  const { centreId, range, protect, period } = targetOf(actor, query);
  const starts = await stats.placementStarts(db, centreId, range);
  const days = starts
    .filter((row): row is { startedOn: string; openedOn: string } => row.startedOn !== null)
    .map((row) => Math.round((Date.parse(row.startedOn) - Date.parse(row.openedOn)) / 86_400_000))
    .sort((a, b) => a - b);
  const placements = protectCount(days.length, protect);
  const middle = Math.floor(days.length / 2);
  const median =
    days.length === 0
      ? null
      : days.length % 2 === 1
        ? (days[middle] ?? 0)
        : ((days[middle - 1] ?? 0) + (days[middle] ?? 0)) / 2;
  return {
    ...period,
    placements,
    medianDays: placements.suppressed
      ? { value: null, suppressed: true }
      : { value: median, suppressed: false },
  };
}

export async function languageStats(db: Db, actor: Actor, query: StatsQuery): Promise<LanguageStats> {
  const { centreId, range, protect, period } = targetOf(actor, query);
  const found = await stats.servedPersonsProfile(db, centreId, range);
  const levels = [...cefrLevels, NONE_KEY];
  const persons = countMap(found.map((row) => ({ key: row.germanLevel, count: row.count })));
  const gaps = countMap(
    found.map((row) => ({ key: row.germanLevel, count: Number(row.certificateGap) === 1 ? row.count : 0 })),
  );
  const grid = protectGrid(
    levels.map((level) => [persons.get(level) ?? 0, gaps.get(level) ?? 0]),
    { columnTotals: true },
    protect,
  );
  const totals = {
    persons: grid.columnTotals[0] ?? protectCount(0, false),
    certificateGap: grid.columnTotals[1] ?? protectCount(0, false),
  };
  return {
    ...period,
    rows: levels.map((level, index) => ({
      level,
      persons: cellAt(grid.cells, index, 0),
      certificateGap: cellAt(grid.cells, index, 1),
    })),
    totals,
    certificateGapPercent: protectShare(totals.certificateGap, totals.persons),
  };
}

export async function programmesStats(db: Db, actor: Actor, query: StatsQuery): Promise<ProgrammesStats> {
  const { centreId, range, protect, period } = targetOf(actor, query);
  const [programmes, enrolments, completions] = await Promise.all([
    stats.programmesInScope(db, centreId),
    stats.enrolmentsByProgramme(db, centreId, range).then(countMap),
    stats.completionsByProgramme(db, centreId, range).then(countMap),
  ]);
  const grid = protectGrid(
    programmes.map((programme) => [enrolments.get(programme.id) ?? 0, completions.get(programme.id) ?? 0]),
    { columnTotals: true },
    protect,
  );
  return {
    ...period,
    rows: programmes.map((programme, index) => ({
      programme: programme.key,
      name: programme.name,
      enrolments: cellAt(grid.cells, index, 0),
      completions: cellAt(grid.cells, index, 1),
    })),
    totals: {
      enrolments: grid.columnTotals[0] ?? protectCount(0, false),
      completions: grid.columnTotals[1] ?? protectCount(0, false),
    },
  };
}

/** The largest groups by count (ties by key), the rest summed up under `other`. */
function topWithRest(counts: Map<string, number>, top: number): [string, number][] {
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const rest = sorted.slice(top).reduce((sum, [, count]) => sum + count, 0);
  return [...sorted.slice(0, top), ...(rest > 0 ? [[OTHER_KEY, rest] as [string, number]] : [])];
}

function oneColumn(entries: [string, number][], protect: boolean) {
  const grid = protectGrid(
    entries.map(([, count]) => [count]),
    { columnTotals: true },
    protect,
  );
  return {
    cells: entries.map(([key], index) => ({ key, persons: cellAt(grid.cells, index, 0) })),
    total: grid.columnTotals[0] ?? protectCount(0, false),
  };
}

export async function nationalitiesStats(
  db: Db,
  actor: Actor,
  query: StatsQuery,
): Promise<NationalitiesStats> {
  const { centreId, range, protect, period } = targetOf(actor, query);
  const found = await stats.servedPersonsProfile(db, centreId, range);
  const counts = countMap(found.map((row) => ({ key: row.nationality, count: row.count })));
  const { cells, total } = oneColumn(topWithRest(counts, TOP_NATIONALITIES), protect);
  return { ...period, rows: cells.map(({ key, persons }) => ({ nationality: key, persons })), total };
}

export async function permitsStats(db: Db, actor: Actor, query: StatsQuery): Promise<PermitsStats> {
  const { centreId, range, protect, period } = targetOf(actor, query);
  const found = await stats.servedPersonsProfile(db, centreId, range);
  const counts = countMap(found.map((row) => ({ key: row.permitType, count: row.count })));
  const keys = [...permitTypes, NONE_KEY].filter((key) => (counts.get(key) ?? 0) > 0);
  const { cells, total } = oneColumn(
    keys.map((key) => [key, counts.get(key) ?? 0]),
    protect,
  );
  return { ...period, rows: cells.map(({ key, persons }) => ({ permitType: key, persons })), total };
}
