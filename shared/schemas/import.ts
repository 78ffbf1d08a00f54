import { z } from "zod";
import { IdSchema } from "./common.ts";

export const importKinds = ["persons", "companies"] as const;
export type ImportKind = (typeof importKinds)[number];

export const personImportFields = [
  "externalId",
  "familyName",
  "givenNames",
  "nameLatin",
  "birthDate",
  "gender",
  "nationality",
  "email",
  "phone",
  "district",
  "arrivalDate",
  "notes",
] as const;
export type PersonImportField = (typeof personImportFields)[number];

export const companyImportFields = [
  "externalId",
  "name",
  "sector",
  "chamber",
  "district",
  "sizeBand",
  "contactName",
  "contactEmail",
  "contactPhone",
  "notes",
] as const;
export type CompanyImportField = (typeof companyImportFields)[number];
export type ImportField = PersonImportField | CompanyImportField;

export const importFieldsOf = (kind: ImportKind): readonly ImportField[] =>
  kind === "persons" ? personImportFields : companyImportFields;

export const personImportKeys = ["externalId", "email", "nameBirthDate"] as const;
export const companyImportKeys = ["externalId", "name"] as const;

const flag = z.enum(["0", "1", "true", "false"]).transform((value) => value === "1" || value === "true");

export const PersonImportQuerySchema = z.strictObject({
  dryRun: flag.default(false),
  key: z.enum(personImportKeys).default("externalId"),
  /**
   * An id the client chose (a UUID) for the commit, so it can ask `GET /api/imports/:id` how far the commit
   * has got while the upload request still runs — on whichever API instance answers (decision 0046).
   */
  runId: z.uuid().optional(),
});
export const CompanyImportQuerySchema = z.strictObject({
  dryRun: flag.default(false),
  key: z.enum(companyImportKeys).default("externalId"),
  runId: z.uuid().optional(),
});
export type ImportQuery = { dryRun: boolean; key: string };

/** The `mapping` form field: spreadsheet header → field, or null to ignore the column. */
export const importMappingSchema = (kind: ImportKind) =>
  z.record(
    z.string().min(1).max(200),
    z.enum(importFieldsOf(kind) as [ImportField, ...ImportField[]]).nullable(),
  );

/** The `decisions` form field: spreadsheet row number → what to do with a row that has likely duplicates. */
export const ImportDecisionSchema = z.union([
  z.literal("create"),
  z.literal("skip"),
  z.templateLiteral(["update:", IdSchema]),
]);
export type ImportDecision = z.infer<typeof ImportDecisionSchema>;
export const ImportDecisionsSchema = z.record(z.string().regex(/^[1-9][0-9]{0,5}$/), ImportDecisionSchema);

export const ImportIssueSchema = z.object({
  row: z.number().int(),
  column: z.string().nullable(),
  field: z.string().nullable(),
  message: z.string(),
});
export type ImportIssue = z.infer<typeof ImportIssueSchema>;

export const ImportDuplicateSchema = z.object({
  row: z.number().int(),
  candidates: z.array(
    z.object({
      id: IdSchema,
      label: z.string(),
      birthDate: z.string().nullable(),
    }),
  ),
});
export type ImportDuplicate = z.infer<typeof ImportDuplicateSchema>;

export const ImportRowActionSchema = z.object({
  row: z.number().int(),
  action: z.enum(["create", "update", "skip"]),
  id: IdSchema.nullable(),
  label: z.string(),
  /** Why a row is skipped: nothing would change, the request said so, or a likely duplicate awaits a decision. */
  reason: z.enum(["unchanged", "decision", "duplicate"]).nullable(),
});
export type ImportRowAction = z.infer<typeof ImportRowActionSchema>;

export const ImportReportSchema = z.object({
  kind: z.enum(importKinds),
  dryRun: z.boolean(),
  committed: z.boolean(),
  format: z.enum(["csv", "xlsx"]),
  encoding: z.enum(["utf-8", "windows-1252"]).nullable(),
  key: z.string(),
  headerRow: z.number().int(),
  columns: z.array(z.object({ header: z.string(), field: z.string().nullable() })),
  unmappedHeaders: z.array(z.string()),
  counts: z.object({
    create: z.number().int(),
    update: z.number().int(),
    skip: z.number().int(),
    errors: z.number().int(),
    duplicates: z.number().int(),
    emptyRows: z.number().int(),
  }),
  rows: z.array(ImportRowActionSchema),
  errors: z.array(ImportIssueSchema),
  duplicates: z.array(ImportDuplicateSchema),
  importId: IdSchema.nullable(),
  /** How the commit was written: transactions of at most 500 rows, and the longest of them. */
  timing: z.object({ chunks: z.number().int(), longestChunkMs: z.number(), totalMs: z.number() }).nullable(),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const importRunStatuses = ["writing", "done", "failed"] as const;
export type ImportRunStatus = (typeof importRunStatuses)[number];

/** One committed import: its progress while the chunks are written, then an entry of the centre's history. */
export const ImportRunSchema = z.object({
  id: IdSchema,
  kind: z.enum(importKinds),
  format: z.enum(["csv", "xlsx"]),
  fileName: z.string(),
  key: z.string(),
  status: z.enum(importRunStatuses),
  rowsTotal: z.number().int(),
  rowsDone: z.number().int(),
  counts: z.object({ create: z.number().int(), update: z.number().int(), skip: z.number().int() }),
  startedBy: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportRun = z.infer<typeof ImportRunSchema>;
export const ImportRunListSchema = z.object({ items: z.array(ImportRunSchema) });
