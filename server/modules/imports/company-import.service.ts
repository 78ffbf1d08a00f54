import type { Updateable } from "kysely";
import type { z } from "zod";
import { say } from "#shared/api/issue-messages.ts";
import type { ActorContext } from "../../app-env.ts";
import "#shared/api/server-issue-messages.ts";
import { type CompanyCreate, CompanyCreateSchema } from "#shared/schemas/company.ts";
import type {
  CompanyImportQuerySchema,
  ImportDuplicate,
  ImportField,
  ImportIssue,
  ImportReport,
  ImportRowAction,
} from "#shared/schemas/import.ts";
import type { CompaniesTable, Db } from "../../db/database.ts";
import { newId } from "../../lib/ids.ts";
import { foldName } from "../../lib/names.ts";
import { readSpreadsheet } from "../../lib/spreadsheet-read.ts";
import * as companies from "../companies/companies.service.ts";
import { newCompanyRow } from "../companies/companies.service.ts";
import {
  cellText,
  parseChamberCell,
  parseDistrictCell,
  parseSectorCell,
  parseSizeBandCell,
} from "./import-cells.ts";
import { finishReport, type ImportUpload, ROW, refuseWithErrors } from "./import-report.ts";
import { type CellParser, readRows, type SheetRow, schemaIssues } from "./import-rows.ts";
import { writeInChunks } from "./import-writer.ts";

type Key = z.output<typeof CompanyImportQuerySchema>["key"];
type Planned = { row: number; input: CompanyCreate; externalId: string | null; present: Set<ImportField> };
type Update = {
  row: number;
  id: string;
  version: number;
  changes: Updateable<CompaniesTable>;
  previous: companies.CompanyRow;
};

const parsers: Partial<Record<ImportField, CellParser>> = {
  sector: parseSectorCell,
  chamber: parseChamberCell,
  sizeBand: parseSizeBandCell,
  district: (cell) => parseDistrictCell(cell, false),
  externalId: cellText,
};
const required: ImportField[] = ["name", "district"];
const contactFields = { contactName: "name", contactEmail: "email", contactPhone: "phone" } as const;

const fieldOfPath = (path: readonly PropertyKey[]) => {
  if (path[0] !== "contacts") return String(path[0] ?? "");
  const inner = String(path[2] ?? "name");
  return Object.entries(contactFields).find(([, name]) => name === inner)?.[0] ?? "contactName";
};

function validate(sheetRow: SheetRow, columnOf: (field: string) => string | null) {
  const issues: ImportIssue[] = [];
  for (const field of required)
    if (!sheetRow.present.has(field))
      issues.push({ row: sheetRow.row, column: columnOf(field), field, message: say("required") });
  const { externalId, contactName, contactEmail, contactPhone, ...values } = sheetRow.values;
  if ((contactEmail || contactPhone) && !contactName)
    issues.push({
      row: sheetRow.row,
      column: columnOf("contactName"),
      field: "contactName",
      message: say("contact_person_required"),
    });
  if (issues.length > 0) return { issues };
  const contacts = contactName
    ? [{ name: contactName, email: contactEmail ?? null, phone: contactPhone ?? null }]
    : [];
  const parsed = CompanyCreateSchema.safeParse({ ...values, ...(contacts.length > 0 && { contacts }) });
  if (!parsed.success) return { issues: schemaIssues(sheetRow.row, parsed.error, columnOf, fieldOfPath) };
  const planned: Planned = {
    row: sheetRow.row,
    input: parsed.data,
    externalId: typeof externalId === "string" ? externalId.slice(0, 100) : null,
    present: sheetRow.present,
  };
  return { issues, planned };
}

const keyOf = (key: Key, planned: Planned) =>
  key === "externalId" ? planned.externalId : foldName(planned.input.name);

function changesOf(planned: Planned, current: companies.CompanyRow): Updateable<CompaniesTable> {
  const has = (field: ImportField) => planned.present.has(field);
  const { input } = planned;
  const changes: Updateable<CompaniesTable> = {
    ...(has("name") && { name: input.name, name_folded: foldName(input.name) }),
    ...(has("sector") && { sector: input.sector }),
    ...(has("chamber") && { chamber: input.chamber }),
    ...(has("district") && { district: input.district }),
    ...(has("sizeBand") && { size_band: input.sizeBand }),
    ...(has("notes") && { notes: input.notes }),
    ...(has("contactName") && { contacts: JSON.stringify(input.contacts) }),
    ...(planned.externalId && { external_id: planned.externalId }),
  };
  return Object.fromEntries(
    Object.entries(changes).filter(([column, value]) => current[column as keyof CompaniesTable] !== value),
  );
}

/** `POST /api/imports/companies`: the same steps as the persons import, matched by external id or name. */
export async function importCompanies(
  db: Db,
  context: ActorContext,
  upload: ImportUpload,
  query: { dryRun: boolean; key: Key; runId?: string | undefined },
  chunkPauseMs = 0,
): Promise<ImportReport> {
  const { centreId } = context.actor;
  const sheet = await readSpreadsheet(upload.bytes);
  const read = readRows("companies", sheet, parsers, upload.mapping, [
    ...required,
    ...(query.key === "externalId" ? (["externalId"] as const) : []),
  ]);
  const errors = [...read.errors];
  const seen = new Map<string, number>();
  const plannedRows: Planned[] = [];
  for (const sheetRow of read.rows) {
    const result = validate(sheetRow, read.columnOf);
    errors.push(...result.issues);
    if (!result.planned) continue;
    const value = keyOf(query.key, result.planned);
    if (!value) {
      errors.push({
        row: sheetRow.row,
        column: read.columnOf(query.key),
        field: query.key,
        message: say("import_key_missing"),
      });
      continue;
    }
    const first = seen.get(value);
    if (first !== undefined) {
      errors.push({
        row: sheetRow.row,
        column: null,
        field: null,
        message: say("import_same_key", { row: first }),
      });
      continue;
    }
    seen.set(value, sheetRow.row);
    plannedRows.push(result.planned);
  }
  const column = query.key === "externalId" ? "external_id" : "name_folded";
  const byKey = new Map(
    (
      await companies.findByKeyValues(
        db,
        centreId,
        column,
        plannedRows.map((planned) => keyOf(query.key, planned) as string),
      )
    ).map((row) => [String(row[column]), row] as const),
  );
  const creates: Planned[] = [];
  const namesakes =
    query.key === "name"
      ? new Map<string, companies.CompanyRow>()
      : new Map(
          (
            await companies.findByKeyValues(
              db,
              centreId,
              "name_folded",
              plannedRows.map((planned) => foldName(planned.input.name)),
            )
          ).map((row) => [row.name_folded, row] as const),
        );
  const actions: ImportRowAction[] = [];
  const updates: Update[] = [];
  const duplicates: ImportDuplicate[] = [];
  for (const planned of plannedRows) {
    const label = planned.input.name;
    const planUpdate = (current: companies.CompanyRow, reason: ImportRowAction["reason"]) => {
      const changes = changesOf(planned, current);
      if (Object.keys(changes).length === 0)
        actions.push({
          row: planned.row,
          action: ROW.skip,
          id: current.id,
          label,
          reason: reason ?? "unchanged",
        });
      else {
        updates.push({
          row: planned.row,
          id: current.id,
          version: current.version,
          changes,
          previous: current,
        });
        actions.push({ row: planned.row, action: ROW.update, id: current.id, label, reason });
      }
    };
    const match = byKey.get(keyOf(query.key, planned) as string);
    if (match) {
      planUpdate(match, null);
      continue;
    }
    const namesake = namesakes.get(foldName(planned.input.name));
    if (!namesake) {
      creates.push(planned);
      actions.push({ row: planned.row, action: ROW.create, id: null, label, reason: null });
      continue;
    }
    duplicates.push({
      row: planned.row,
      candidates: [{ id: namesake.id, label: namesake.name, birthDate: null }],
    });
    const decision = upload.decisions[String(planned.row)];
    if (decision === "create") {
      creates.push(planned);
      actions.push({ row: planned.row, action: ROW.create, id: null, label, reason: "decision" });
    } else if (decision === `update:${namesake.id}`) planUpdate(namesake, "decision");
    else if (decision?.startsWith("update:"))
      errors.push({
        row: planned.row,
        column: null,
        field: null,
        message: say("import_not_duplicate_company"),
      });
    else
      actions.push({
        row: planned.row,
        action: ROW.skip,
        id: null,
        label,
        reason: decision === "skip" ? "decision" : "duplicate",
      });
  }
  const report = finishReport("companies", sheet, read, query, { actions, errors, duplicates });
  if (query.dryRun) return report;
  if (errors.length > 0) throw refuseWithErrors(report);
  if (creates.length + updates.length === 0) return { ...report, committed: true };
  const importId = query.runId ?? newId();
  const now = new Date().toISOString();
  const rows = creates.map((planned) => ({
    row: planned.row,
    record: newCompanyRow(centreId, newId(), planned.input, planned.externalId, now),
  }));
  const createdIds = rows.map((row) => row.record.id);
  const updatedIds = updates.map((update) => update.id);
  const timing = await writeInChunks(
    db,
    context,
    {
      creates: rows,
      updates,
      idOfCreate: (row) => row.record.id,
      idOfUpdate: (row) => row.id,
      insert: (scope, batch) =>
        companies.insertCompanies(
          scope,
          batch.map((row) => row.record),
        ),
      update: (scope, update) =>
        companies.updateCompanyIfVersion(scope.db, centreId, update.id, update.version, {
          ...update.changes,
          updated_at: now,
        }),
      remove: (scope, ids) => companies.deleteCompanies(scope, ids),
      restore: async (scope, update) => {
        const previous = Object.fromEntries(
          Object.keys(update.changes).map((column) => [
            column,
            update.previous[column as keyof CompaniesTable],
          ]),
        );
        await companies.updateCompanyIfVersion(scope.db, centreId, update.id, update.version + 1, {
          ...previous,
          updated_at: update.previous.updated_at,
        });
      },
    },
    {
      id: importId,
      kind: "companies",
      format: sheet.format,
      fileName: upload.fileName,
      key: query.key,
      skipped: report.counts.skip,
    },
    { chunkPauseMs },
    {
      action: "company.import",
      entity: "import",
      details: {
        importId,
        key: query.key,
        format: sheet.format,
        created: createdIds,
        updated: updatedIds,
        skipped: report.counts.skip,
      },
    },
  );
  const createdByRow = new Map(rows.map((row) => [row.row, row.record.id]));
  return {
    ...report,
    committed: true,
    importId,
    timing,
    rows: report.rows.map((action) =>
      action.action === "create" ? { ...action, id: createdByRow.get(action.row) ?? null } : action,
    ),
  };
}
