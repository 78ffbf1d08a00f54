import type {
  ImportDecision,
  ImportDuplicate,
  ImportField,
  ImportIssue,
  ImportKind,
  ImportReport,
  ImportRowAction,
} from "#shared/schemas/import.ts";
import { ApiError } from "../../lib/errors.ts";
import type { ReadSheet } from "../../lib/spreadsheet-read.ts";
import type { ReadResult } from "./import-rows.ts";

/** The upload as the route parsed it: the file's bytes, the explicit column mapping, the duplicate decisions. */
export type ImportUpload = {
  bytes: Uint8Array;
  /** The file's name as the browser sent it, for the import history. */
  fileName: string;
  mapping: Record<string, ImportField | null>;
  decisions: Record<string, ImportDecision>;
};

const MAX_LISTED_ERRORS = 1_000;

/** What the report says of a row (not an audit action: `tests/unit/audit-labels.test.ts` reads `action: "…"`). */
export const ROW = { create: "create", update: "update", skip: "skip" } as const satisfies Record<
  ImportRowAction["action"],
  ImportRowAction["action"]
>;

export function finishReport(
  kind: ImportKind,
  sheet: ReadSheet,
  read: ReadResult,
  query: { dryRun: boolean; key: string },
  outcome: { actions: ImportRowAction[]; errors: ImportIssue[]; duplicates: ImportDuplicate[] },
): ImportReport {
  const byRow = <T extends { row: number }>(items: T[]) => [...items].sort((a, b) => a.row - b.row);
  const count = (action: ImportRowAction["action"]) =>
    outcome.actions.filter((each) => each.action === action).length;
  return {
    kind,
    dryRun: query.dryRun,
    committed: false,
    format: sheet.format,
    encoding: sheet.encoding,
    key: query.key,
    headerRow: read.header.headerRow,
    columns: read.header.columns.map(({ header, field }) => ({ header, field })),
    unmappedHeaders: read.header.unmappedHeaders,
    counts: {
      create: count("create"),
      update: count("update"),
      skip: count("skip"),
      errors: outcome.errors.length,
      duplicates: outcome.duplicates.length,
      emptyRows: read.emptyRows,
    },
    rows: byRow(outcome.actions),
    errors: byRow(outcome.errors).slice(0, MAX_LISTED_ERRORS),
    duplicates: byRow(outcome.duplicates),
    importId: null,
    timing: null,
  };
}

/** A commit with any row in error writes nothing: 422 with the whole report, so the client can show it. */
export const refuseWithErrors = (report: ImportReport) => {
  const first = report.errors[0];
  const where = first
    ? ` (zuerst Zeile ${first.row}${first.column ? `, Spalte „${first.column}“` : ""}: ${first.message})`
    : "";
  return new ApiError(
    "validation_failed",
    `${report.counts.errors} Fehler in der Datei, nichts wurde importiert${where}`,
    { report },
  );
};
