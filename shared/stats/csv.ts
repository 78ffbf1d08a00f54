import type { Cell } from "./suppression.ts";

/** What spreadsheet programs in Germany open without an import dialog: BOM, semicolons, CRLF. */
export const CSV_BOM = "\uFEFF";
export const CSV_SEPARATOR = ";";
export const CSV_LINE_END = "\r\n";
export const SUPPRESSED_LABEL = "< 5";

export type CsvValue = string | number | null | Cell;

const decimal = new Intl.NumberFormat("de-DE", { useGrouping: false, maximumFractionDigits: 2 });

function text(value: CsvValue): string {
  if (value === null) return "";
  if (typeof value === "number") return decimal.format(value);
  if (typeof value === "object") return value.suppressed ? SUPPRESSED_LABEL : text(value.value);
  // A leading = + - @ would make a spreadsheet evaluate the text as a formula.
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(value: CsvValue): string {
  const field = text(value);
  return /[";\r\n]|^\s|\s$/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(CSV_SEPARATOR));
  return `${CSV_BOM}${lines.join(CSV_LINE_END)}${CSV_LINE_END}`;
}
