import { countryName } from "#shared/reference/countries.ts";
import { type District, districtNames } from "#shared/reference/districts.ts";
import { type OfferType, offerTypeNames, type PlacementStage } from "#shared/reference/employers.ts";
import { type KldbMainGroup, kldbMainGroups } from "#shared/reference/kldb.ts";
import { type ResidencePermitType, residencePermitTypeNames } from "#shared/reference/residence.ts";
import type {
  DemandByDistrict,
  DemandByOccupation,
  LanguageStats,
  NationalitiesStats,
  PlacementsStats,
  ProgrammesStats,
  RequestsStats,
  ResidencePermitsStats,
  TimeToPlacement,
} from "#shared/schemas/stats.ts";
import { NONE_KEY, OTHER_KEY } from "#shared/schemas/stats.ts";
import { type CsvValue, toCsv } from "#shared/stats/csv.ts";

const TOTAL = "Summe";
const NOT_RECORDED = "nicht erfasst";

export const stageNames: Record<PlacementStage, string> = {
  proposed: "Vorgeschlagen",
  interview: "Vorstellungsgespräch",
  accepted: "Zugesagt",
  running: "Laufend",
  completed: "Abgeschlossen",
  declined: "Abgelehnt",
  cancelled: "Abgebrochen",
};

const nameOf = <K extends string>(names: Record<K, string>, key: string) =>
  key === NONE_KEY ? NOT_RECORDED : key === OTHER_KEY ? "Sonstige" : (names[key as K] ?? key);

export const requestsCsv = (stats: RequestsStats) =>
  toCsv(
    ["Monat", "Neue Anfragen von Personen", "Neue Anfragen von Unternehmen"],
    [
      ...stats.rows.map((row): CsvValue[] => [row.month, row.personRequests, row.companyRequests]),
      [TOTAL, stats.totals.personRequests, stats.totals.companyRequests],
    ],
  );

export const demandByOccupationCsv = (stats: DemandByOccupation) =>
  toCsv(
    [
      "KldB-Berufshauptgruppe",
      "Bezeichnung",
      "Freie Plätze in offenen Angeboten",
      "Offene Unternehmensanfragen",
    ],
    [
      ...stats.rows.map((row): CsvValue[] => [
        row.group,
        nameOf(kldbMainGroups as Record<KldbMainGroup, string>, row.group),
        row.offerPlaces,
        row.openInquiries,
      ]),
      [TOTAL, "", stats.totals.offerPlaces, stats.totals.openInquiries],
    ],
  );

export const demandByDistrictCsv = (stats: DemandByDistrict) =>
  toCsv(
    ["Landkreis / Region", "Freie Plätze in offenen Angeboten", "Offene Unternehmensanfragen"],
    [
      ...stats.rows.map((row): CsvValue[] => [
        nameOf(districtNames as Record<District, string>, row.district),
        row.offerPlaces,
        row.openInquiries,
      ]),
      [TOTAL, stats.totals.offerPlaces, stats.totals.openInquiries],
    ],
  );

export const placementsCsv = (stats: PlacementsStats) =>
  toCsv(
    ["Art des Angebots", ...stats.stages.map((stage) => nameOf(stageNames, stage)), TOTAL],
    [
      ...stats.rows.map((row): CsvValue[] => [
        nameOf(offerTypeNames as Record<OfferType, string>, row.offerType),
        ...stats.stages.map((stage) => row.stages[stage] ?? null),
        row.total,
      ]),
      [TOTAL, ...stats.stages.map((stage) => stats.totals.stages[stage] ?? null), stats.totals.total],
    ],
  );

export const timeToPlacementCsv = (stats: TimeToPlacement) =>
  toCsv(
    ["Begonnene Vermittlungen", "Median Tage von Fallbeginn bis Beginn der Vermittlung"],
    [[stats.placements, stats.medianDays]],
  );

export const languageCsv = (stats: LanguageStats) =>
  toCsv(
    ["Deutschniveau (aktuell)", "Personen", "davon mit Zertifikatslücke"],
    [
      ...stats.rows.map((row): CsvValue[] => [
        row.level === NONE_KEY ? NOT_RECORDED : row.level,
        row.persons,
        row.certificateGap,
      ]),
      [TOTAL, stats.totals.persons, stats.totals.certificateGap],
      ["Anteil mit Zertifikatslücke in %", "", stats.certificateGapPercent],
    ],
  );

export const programmesCsv = (stats: ProgrammesStats) =>
  toCsv(
    ["Programm", "Eintritte", "Abschlüsse"],
    [
      ...stats.rows.map((row): CsvValue[] => [row.name, row.enrolments, row.completions]),
      [TOTAL, stats.totals.enrolments, stats.totals.completions],
    ],
  );

export const nationalitiesCsv = (stats: NationalitiesStats) =>
  toCsv(
    ["Staatsangehörigkeit", "Personen"],
    [
      ...stats.rows.map((row): CsvValue[] => [
        row.nationality === OTHER_KEY ? "Sonstige" : countryName(row.nationality, "de"),
        row.persons,
      ]),
      [TOTAL, stats.total],
    ],
  );

export const residencePermitsCsv = (stats: ResidencePermitsStats) =>
  toCsv(
    ["Aufenthaltstitel", "Personen"],
    [
      ...stats.rows.map((row): CsvValue[] => [
        nameOf(residencePermitTypeNames as Record<ResidencePermitType, string>, row.permitType),
        row.persons,
      ]),
      [TOTAL, stats.total],
    ],
  );
