import writeXlsxFile, { type Cell } from "write-excel-file/node";
import type { ListExportFormat } from "#shared/schemas/list-export.ts";
import { toCsv } from "#shared/stats/csv.ts";
import { germanDate } from "#shared/time/calendar.ts";

/** A cell of an exported list: text, a number, a calendar day (`YYYY-MM-DD`, typed as a date) or empty. */
export type SheetValue = string | number | { day: string } | null;

export type Sheet = { name: string; header: readonly string[]; rows: readonly (readonly SheetValue[])[] };

export type SpreadsheetFile = { body: Uint8Array; contentType: string; extension: ListExportFormat };

const CONTENT_TYPES: Record<ListExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** A text cell that a spreadsheet would evaluate as a formula (= + - @ or a control character first). */
const FORMULA_START = /^[=+\-@\t\r]/;

function xlsxCell(value: SheetValue): Cell {
  if (value === null) return null;
  if (typeof value === "number") return { type: Number, value };
  if (typeof value === "object") {
    const [year, month, day] = value.day.split("-").map(Number) as [number, number, number];
    return { type: Date, value: new Date(Date.UTC(year, month - 1, day)), format: "dd.mm.yyyy" };
  }
  // A string cell is never evaluated, but a formula-looking text copied out of it could be: keep the CSV rule.
  return { type: String, value: FORMULA_START.test(value) ? `'${value}` : value };
}

/**
 * CSV the way German spreadsheet programs open it (BOM, `;`, `dd.mm.yyyy`, formula-safe) or XLSX with a bold
 * header row, typed numbers and dates, and every text as a text cell (never a formula).
 */
export async function spreadsheetFile(format: ListExportFormat, sheet: Sheet): Promise<SpreadsheetFile> {
  if (format === "csv") {
    const csv = toCsv(
      sheet.header,
      sheet.rows.map((row) =>
        row.map((value) => (value !== null && typeof value === "object" ? germanDate(value.day) : value)),
      ),
    );
    return { body: new TextEncoder().encode(csv), contentType: CONTENT_TYPES.csv, extension: "csv" };
  }
  const header: Cell[] = sheet.header.map((title) => ({ type: String, value: title, fontWeight: "bold" }));
  const buffer = await writeXlsxFile([header, ...sheet.rows.map((row) => row.map(xlsxCell))], {
    sheet: sheet.name,
    stickyRowsCount: 1,
  }).toBuffer();
  return { body: new Uint8Array(buffer), contentType: CONTENT_TYPES.xlsx, extension: "xlsx" };
}
