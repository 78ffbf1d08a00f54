import { z } from "zod";
import { say } from "../api/issue-messages.ts";
import { BulkIdsSchema } from "./bulk.ts";
import { CaseListQuerySchema } from "./case.ts";
import { PersonListQuerySchema } from "./person.ts";

/** A list export: the list's own filters and sort (no cursor, no page size), in CSV or XLSX. */
export const listExportFormats = ["csv", "xlsx"] as const;
export const ListExportFormatSchema = z.enum(listExportFormats, {
  error: say("export_format"),
});
export type ListExportFormat = z.infer<typeof ListExportFormatSchema>;

export const PersonListExportQuerySchema = PersonListQuerySchema.omit({ cursor: true, limit: true }).extend({
  format: ListExportFormatSchema,
});
export type PersonListExportQuery = z.infer<typeof PersonListExportQuerySchema>;

export const CaseListExportQuerySchema = CaseListQuerySchema.omit({ cursor: true, limit: true }).extend({
  format: ListExportFormatSchema,
});
export type CaseListExportQuery = z.infer<typeof CaseListExportQuerySchema>;

/** More rows than this are refused (422): a list export is for a filtered list, not a copy of the database. */
export const MAX_LIST_EXPORT_ROWS = 10_000;

/** An export of the rows chosen in the list (bulk actions): their ids instead of the filters, at most `MAX_BULK_IDS`. */
export const SelectionExportSchema = z.strictObject({ format: ListExportFormatSchema, ids: BulkIdsSchema });
export type SelectionExport = z.infer<typeof SelectionExportSchema>;
