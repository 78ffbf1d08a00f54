import {
  computeEsfIndicators,
  countSupportedSmes,
  type EsfRecord,
  type EsfSupportedCompany,
  esfEntityIndicators,
  esfIndicators,
} from "#shared/esf/indicators.ts";
import type { SizeBand } from "#shared/reference/employers.ts";
import type { EsfReport, EsfReportQuery, EsfReportRow } from "#shared/schemas/esf.ts";
import { firstDayOf, lastDayOf, monthsBetween } from "#shared/stats/months.ts";
import { type Cell, published, shown } from "#shared/stats/suppression.ts";
import type { ActorContext } from "../../app-env.ts";
import type { Db } from "../../db/database.ts";
import { forbidden, notFound } from "../../lib/errors.ts";
import { perturberFor } from "../stats/stats.cell-key.ts";
import { toEsfRecord } from "./esf-record.ts";
import * as report from "./esf-report.repository.ts";

const columns = ["women", "men", "nonBinary"] as const;
type Column = (typeof columns)[number];
type Counts = Record<Column, number>;

/**
 * The centre's own report is exact: it is what the centre submits. Region-wide, each gender cell of each
 * indicator in each calendar month is a base cell published by the cell-key method, like every other
 * region-wide statistic (decision 0012); totals and longer periods are sums of published base cells.
 */
async function regionCounts(db: Db, records: EsfRecord[], query: EsfReportQuery) {
  const perturb = await perturberFor(db);
  const sums = new Map<string, Counts>();
  for (const month of monthsBetween(query.from, query.to)) {
    const { counts } = computeEsfIndicators(records, {
      firstDay: firstDayOf(month),
      lastDay: lastDayOf(month),
    });
    for (const [code, row] of counts) {
      const sum = sums.get(code) ?? { women: 0, men: 0, nonBinary: 0 };
      for (const column of columns)
        sum[column] += perturb(["esf", query.programmeId ?? "all", code, column, month], row[column]);
      sums.set(code, sum);
    }
  }
  const incomplete = monthsBetween(query.from, query.to).reduce((total, month) => {
    const range = { firstDay: firstDayOf(month), lastDay: lastDayOf(month) };
    return (
      total +
      perturb(
        ["esf", query.programmeId ?? "all", "incomplete", month],
        computeEsfIndicators(records, range).incomplete,
      )
    );
  }, 0);
  return { sums, incomplete };
}

/** Supported SMEs: exact for the centre; region-wide a published base cell per calendar month, summed. */
async function smeCount(db: Db, companies: EsfSupportedCompany[], query: EsfReportQuery, region: boolean) {
  if (!region)
    return countSupportedSmes(companies, { firstDay: firstDayOf(query.from), lastDay: lastDayOf(query.to) });
  const perturb = await perturberFor(db);
  return monthsBetween(query.from, query.to).reduce(
    (total, month) =>
      total +
      perturb(
        ["esf", query.programmeId ?? "all", "EECO19", "total", month],
        countSupportedSmes(companies, { firstDay: firstDayOf(month), lastDay: lastDayOf(month) }),
      ),
    0,
  );
}

export async function esfReport(db: Db, context: ActorContext, query: EsfReportQuery): Promise<EsfReport> {
  const region = query.scope === "region";
  if (region && context.actor.scope !== "any")
    throw forbidden("Regionsweite Statistiken sind dem Management vorbehalten");
  const centreId = region ? null : context.actor.centreId;
  if (query.programmeId && !(await report.esfProgrammeInScope(db, centreId, query.programmeId)))
    throw notFound("ESF-Plus-Programm");
  const records = (await report.reportParticipants(db, centreId, query.programmeId)).map(toEsfRecord);
  const companies = (await report.supportedCompanies(db, centreId, query.programmeId)).map(
    (row): EsfSupportedCompany => ({
      programmeId: row.programme_id as string,
      companyId: row.company_id,
      supportedOn: row.opened_on as string,
      sizeBand: row.size_band as SizeBand | null,
    }),
  );
  const smes = await smeCount(db, companies, query, region);
  let sums: Map<string, Counts>;
  let incomplete: number;
  if (region) ({ sums, incomplete } = await regionCounts(db, records, query));
  else {
    const exact = computeEsfIndicators(records, {
      firstDay: firstDayOf(query.from),
      lastDay: lastDayOf(query.to),
    });
    sums = exact.counts;
    incomplete = exact.incomplete;
  }
  const cell = (value: number): Cell => (region ? published(value) : shown(value));
  const participantRow = (indicator: (typeof esfIndicators)[number]): EsfReportRow => {
    const row = sums.get(indicator.code) ?? { women: 0, men: 0, nonBinary: 0 };
    return {
      code: indicator.code,
      label: indicator.label,
      kind: "participants",
      women: cell(row.women),
      men: cell(row.men),
      nonBinary: cell(row.nonBinary),
      total: cell(row.women + row.men + row.nonBinary),
    };
  };
  const entityRows = esfEntityIndicators.map(
    (indicator): EsfReportRow => ({
      code: indicator.code,
      label: indicator.label,
      kind: "entities",
      women: shown(null),
      men: shown(null),
      nonBinary: shown(null),
      total: cell(smes),
    }),
  );
  return {
    scope: query.scope,
    from: query.from,
    to: query.to,
    programmeId: query.programmeId ?? null,
    rows: [
      ...esfIndicators.filter((indicator) => indicator.basis === "entry").map(participantRow),
      ...entityRows,
      ...esfIndicators.filter((indicator) => indicator.basis !== "entry").map(participantRow),
    ],
    incomplete: cell(incomplete),
  };
}
