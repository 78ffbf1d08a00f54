import type { EsfReport } from "#shared/schemas/esf.ts";
import { toCsv } from "#shared/stats/csv.ts";

export const esfReportCsv = (report: EsfReport) =>
  toCsv(
    ["Indikator", "Bezeichnung", "Frauen", "Männer", "Nichtbinär", "Insgesamt"],
    [
      ...report.rows.map((row) => [row.code, row.label, row.women, row.men, row.nonBinary, row.total]),
      ["", "Unvollständige Datensätze (nicht gezählt)", null, null, null, report.incomplete],
    ],
  );
