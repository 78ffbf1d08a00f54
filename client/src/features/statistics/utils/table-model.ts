import type { TFunction } from "i18next";
import type { Language } from "#client/lib/format.ts";
import { countryName } from "#shared/reference/countries.ts";
import { type District, districtNames } from "#shared/reference/districts.ts";
import { type OfferType, offerTypeNames } from "#shared/reference/employers.ts";
import { type KldbMainGroup, kldbMainGroups } from "#shared/reference/kldb.ts";
import {
  type ResidencePermitType,
  residencePermitTypeNames,
  residencePermitTypeNamesEn,
} from "#shared/reference/residence.ts";
import { NONE_KEY, OTHER_KEY, type StatsFigure } from "#shared/schemas/stats.ts";
import type { Cell } from "#shared/stats/suppression.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import type { FigureData } from "../api/get-stats.ts";

export type ChartKind = "line" | "bar" | "stacked" | "none";
export type TableModel = {
  rowHeader: string;
  columns: { key: string; label: string }[];
  rows: { key: string; label: string; cells: Cell[] }[];
  totals: Cell[] | null;
  chart: ChartKind;
  /** Columns drawn in the chart (a total column is left out). */
  chartColumns: number;
  note?: { label: string; cell: Cell };
};

type Labels = { t: TFunction; language: Language };

const monthFormats = new Map<Language, Intl.DateTimeFormat>();
export function monthLabel(month: string, language: Language): string {
  let format = monthFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === "de" ? "de-DE" : "en-GB", {
      month: "short",
      year: "numeric",
      timeZone: "UTC",
    });
    monthFormats.set(language, format);
  }
  return format.format(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
}

const special = (key: string, { t }: Labels): string | null =>
  key === NONE_KEY ? t("statistics.labels.none") : key === OTHER_KEY ? t("statistics.labels.other") : null;

const named =
  <K extends string>(names: Record<K, string>) =>
  (key: string, labels: Labels) =>
    special(key, labels) ?? names[key as K] ?? key;

const occupationLabel = (key: string) => `${key} ${kldbMainGroups[key as KldbMainGroup] ?? ""}`.trim();

type Builders = { [F in StatsFigure]: (data: FigureData<F>, labels: Labels) => TableModel };

const builders: Builders = {
  requests: (data, { t, language }) => ({
    rowHeader: t("statistics.figures.requests.month"),
    columns: [
      { key: "personRequests", label: t("statistics.figures.requests.personRequests") },
      { key: "companyRequests", label: t("statistics.figures.requests.companyRequests") },
    ],
    // Months after the current one have no data yet; plotting them as 0 would read as a drop.
    rows: data.rows
      .filter((row) => row.month <= todayInBerlin().slice(0, 7))
      .map((row) => ({
        key: row.month,
        label: monthLabel(row.month, language),
        cells: [row.personRequests, row.companyRequests],
      })),
    totals: [data.totals.personRequests, data.totals.companyRequests],
    chart: "line",
    chartColumns: 2,
  }),
  "demand-occupations": (data, { t }) => ({
    rowHeader: t("statistics.figures.demand-occupations.group"),
    columns: [
      { key: "offerPlaces", label: t("statistics.figures.demand-occupations.offerPlaces") },
      { key: "openInquiries", label: t("statistics.figures.demand-occupations.openInquiries") },
    ],
    rows: data.rows.map((row) => ({
      key: row.group,
      label: occupationLabel(row.group),
      cells: [row.offerPlaces, row.openInquiries],
    })),
    totals: [data.totals.offerPlaces, data.totals.openInquiries],
    chart: "bar",
    chartColumns: 2,
  }),
  "demand-districts": (data, labels) => ({
    rowHeader: labels.t("statistics.figures.demand-districts.district"),
    columns: [
      { key: "offerPlaces", label: labels.t("statistics.figures.demand-districts.offerPlaces") },
      { key: "openInquiries", label: labels.t("statistics.figures.demand-districts.openInquiries") },
    ],
    rows: data.rows.map((row) => ({
      key: row.district,
      label: named(districtNames as Record<District, string>)(row.district, labels),
      cells: [row.offerPlaces, row.openInquiries],
    })),
    totals: [data.totals.offerPlaces, data.totals.openInquiries],
    chart: "bar",
    chartColumns: 2,
  }),
  placements: (data, labels) => ({
    rowHeader: labels.t("statistics.figures.placements.offerType"),
    columns: [
      ...data.stages.map((stage) => ({
        key: stage,
        label: labels.t(`statistics.stages.${stage as "proposed"}`),
      })),
      { key: "total", label: labels.t("statistics.card.total") },
    ],
    rows: data.rows.map((row) => ({
      key: row.offerType,
      label: named(offerTypeNames as Record<OfferType, string>)(row.offerType, labels),
      cells: [...data.stages.map((stage) => row.stages[stage] ?? empty), row.total],
    })),
    totals: [...data.stages.map((stage) => data.totals.stages[stage] ?? empty), data.totals.total],
    chart: "stacked",
    chartColumns: data.stages.length,
  }),
  "time-to-placement": (data, { t }) => ({
    rowHeader: t("statistics.figures.time-to-placement.placements"),
    columns: [
      { key: "placements", label: t("statistics.figures.time-to-placement.placements") },
      { key: "medianDays", label: t("statistics.figures.time-to-placement.medianDays") },
    ],
    rows: [{ key: "all", label: "", cells: [data.placements, data.medianDays] }],
    totals: null,
    chart: "none",
    chartColumns: 0,
  }),
  language: (data, labels) => ({
    rowHeader: labels.t("statistics.figures.language.level"),
    columns: [
      { key: "persons", label: labels.t("statistics.figures.language.persons") },
      { key: "certificateGap", label: labels.t("statistics.figures.language.certificateGap") },
    ],
    rows: data.rows.map((row) => ({
      key: row.level,
      label: special(row.level, labels) ?? row.level,
      cells: [row.persons, row.certificateGap],
    })),
    totals: [data.totals.persons, data.totals.certificateGap],
    chart: "bar",
    chartColumns: 2,
    note: { label: "statistics.figures.language.gapRate", cell: data.certificateGapPercent },
  }),
  programmes: (data, { t }) => ({
    rowHeader: t("statistics.figures.programmes.programme"),
    columns: [
      { key: "enrolments", label: t("statistics.figures.programmes.enrolments") },
      { key: "completions", label: t("statistics.figures.programmes.completions") },
    ],
    rows: data.rows.map((row) => ({
      key: `${row.programme}:${row.name}`,
      label: row.name,
      cells: [row.enrolments, row.completions],
    })),
    totals: [data.totals.enrolments, data.totals.completions],
    chart: "bar",
    chartColumns: 2,
  }),
  nationalities: (data, labels) => ({
    rowHeader: labels.t("statistics.figures.nationalities.nationality"),
    columns: [{ key: "persons", label: labels.t("statistics.figures.nationalities.persons") }],
    rows: data.rows.map((row) => ({
      key: row.nationality,
      label: special(row.nationality, labels) ?? countryName(row.nationality, labels.language),
      cells: [row.persons],
    })),
    totals: [data.total],
    chart: "bar",
    chartColumns: 1,
  }),
  permits: (data, labels) => ({
    rowHeader: labels.t("statistics.figures.permits.permitType"),
    columns: [{ key: "persons", label: labels.t("statistics.figures.permits.persons") }],
    rows: data.rows.map((row) => ({
      key: row.permitType,
      label: named(
        (labels.language === "en" ? residencePermitTypeNamesEn : residencePermitTypeNames) as Record<
          ResidencePermitType,
          string
        >,
      )(row.permitType, labels),
      cells: [row.persons],
    })),
    totals: [data.total],
    chart: "bar",
    chartColumns: 1,
  }),
};

const empty: Cell = { value: 0, suppressed: false, perturbed: false };

export function tableModelOf<F extends StatsFigure>(
  figure: F,
  data: FigureData<F>,
  labels: Labels,
): TableModel {
  return (builders[figure] as (data: FigureData<F>, labels: Labels) => TableModel)(data, labels);
}

/** A figure is empty when every cell is zero (withheld cells count as data). */
export const isEmptyModel = (model: TableModel) =>
  model.rows.every((row) => row.cells.every((cell) => !cell.suppressed && !cell.value));
