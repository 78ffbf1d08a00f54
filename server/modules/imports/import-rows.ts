import type { z } from "zod";
import { say } from "#shared/api/issue-messages.ts";
import "#shared/api/server-issue-messages.ts";
import type { ImportField, ImportIssue, ImportKind } from "#shared/schemas/import.ts";
import type { ReadCell, ReadSheet } from "../../lib/spreadsheet-read.ts";
import { CellError, cellText, looksLikeFormula } from "./import-cells.ts";
import { fieldLabel, type HeaderMapping, mapHeader } from "./import-columns.ts";

export type CellParser = (cell: ReadCell) => unknown;
export type SheetRow = {
  row: number;
  values: Partial<Record<ImportField, unknown>>;
  present: Set<ImportField>;
};

/** A data row's cells as field values: formula-looking text refused, each cell parsed, problems per column. */
export function readRows(
  kind: ImportKind,
  sheet: ReadSheet,
  parsers: Partial<Record<ImportField, CellParser>>,
  mapping: Record<string, ImportField | null>,
  required: readonly ImportField[],
) {
  const header = mapHeader(kind, sheet.rows, mapping);
  const errors: ImportIssue[] = [];
  const columnOf = (field: string) => header.columns.find((column) => column.field === field)?.header ?? null;
  for (const field of required)
    if (!columnOf(field))
      errors.push({
        row: header.headerRow,
        column: null,
        field,
        message: say("import_column_missing", { field: fieldLabel(kind, field) }),
      });
  const rows: SheetRow[] = [];
  let emptyRows = 0;
  for (let index = header.headerRow; index < sheet.rows.length; index++) {
    const cells = sheet.rows[index] ?? [];
    const row = index + 1;
    if (cells.every((cell) => cellText(cell) === null)) {
      emptyRows++;
      continue;
    }
    const values: SheetRow["values"] = {};
    const present = new Set<ImportField>();
    let failed = false;
    for (const column of header.columns) {
      if (!column.field) continue;
      const cell = cells[column.index] ?? null;
      if (typeof cell === "string" && looksLikeFormula(cell.trim())) {
        errors.push({
          row,
          column: column.header,
          field: column.field,
          message: say("import_formula", { column: column.header }),
        });
        failed = true;
        continue;
      }
      try {
        const value = (parsers[column.field] ?? cellText)(cell);
        if (value !== null) {
          values[column.field] = value;
          present.add(column.field);
        }
      } catch (error) {
        if (!(error instanceof CellError)) throw error;
        errors.push({ row, column: column.header, field: column.field, message: error.message });
        failed = true;
      }
    }
    if (!failed) rows.push({ row, values, present });
  }
  return { header, rows, errors, emptyRows, columnOf };
}

export type ReadResult = ReturnType<typeof readRows>;
export type { HeaderMapping };

/** Zod's issues of one row as report entries naming the spreadsheet column of each field. */
export function schemaIssues(
  row: number,
  error: z.ZodError,
  columnOf: (field: string) => string | null,
  fieldOfPath: (path: readonly PropertyKey[]) => string = (path) => String(path[0] ?? ""),
): ImportIssue[] {
  return error.issues.map((issue) => {
    const field = fieldOfPath(issue.path);
    return { row, column: columnOf(field), field: field || null, message: issue.message };
  });
}
