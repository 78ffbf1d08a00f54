import type { z } from "zod";
import { say } from "#shared/api/issue-messages.ts";
import type { ActorContext } from "../../app-env.ts";
import "#shared/api/server-issue-messages.ts";
import type {
  ImportDecision,
  ImportDuplicate,
  ImportField,
  ImportIssue,
  ImportReport,
  ImportRowAction,
  PersonImportQuerySchema,
} from "#shared/schemas/import.ts";
import { type PersonCreate, PersonCreateSchema } from "#shared/schemas/person.ts";
import type { Db } from "../../db/database.ts";
import { newId } from "../../lib/ids.ts";
import { foldName } from "../../lib/names.ts";
import { readSpreadsheet } from "../../lib/spreadsheet-read.ts";
import * as persons from "../persons/persons.service.ts";
import {
  changedPersonColumns,
  findDuplicates,
  newPersonRow,
  toPersonRowFields,
} from "../persons/persons.service.ts";
import {
  cellText,
  parseCountryCell,
  parseDateCell,
  parseDistrictCell,
  parseGenderCell,
} from "./import-cells.ts";
import { finishReport, type ImportUpload, ROW, refuseWithErrors } from "./import-report.ts";
import { type CellParser, readRows, type SheetRow, schemaIssues } from "./import-rows.ts";
import { writeInChunks } from "./import-writer.ts";

type Key = z.output<typeof PersonImportQuerySchema>["key"];
type Fields = Omit<PersonCreate, "acknowledgedDuplicates">;
type Planned = { row: number; label: string; fields: Fields; externalId: string | null };
type Update = {
  row: number;
  id: string;
  version: number;
  columns: ReturnType<typeof changedPersonColumns>["columns"];
  externalId: string | null;
  previous: persons.PersonRow;
};

const parsers: Partial<Record<ImportField, CellParser>> = {
  birthDate: parseDateCell,
  arrivalDate: parseDateCell,
  nationality: parseCountryCell,
  district: (cell) => parseDistrictCell(cell),
  gender: parseGenderCell,
  externalId: cellText,
};
const required: ImportField[] = ["familyName", "givenNames", "birthDate", "nationality", "district"];

const labelOf = (fields: { familyName: string; givenNames: string }) =>
  `${fields.familyName}, ${fields.givenNames}`;
const nameBirthKey = (familyName: string, givenNames: string, birthDate: string) =>
  `${foldName(familyName)}|${foldName(givenNames)}|${birthDate}`;

function keyOf(key: Key, planned: Planned): string | null {
  if (key === "externalId") return planned.externalId;
  if (key === "email") return planned.fields.email?.toLowerCase() ?? null;
  return nameBirthKey(planned.fields.familyName, planned.fields.givenNames, planned.fields.birthDate);
}

function validate(sheetRow: SheetRow, columnOf: (field: string) => string | null) {
  const issues: ImportIssue[] = [];
  for (const field of required)
    if (!sheetRow.present.has(field))
      issues.push({ row: sheetRow.row, column: columnOf(field), field, message: say("required") });
  if (issues.length > 0) return { issues };
  const { externalId, ...values } = sheetRow.values;
  const parsed = PersonCreateSchema.safeParse(values);
  if (!parsed.success) return { issues: schemaIssues(sheetRow.row, parsed.error, columnOf) };
  const { acknowledgedDuplicates: _, ...fields } = parsed.data;
  const planned: Planned = {
    row: sheetRow.row,
    label: labelOf(fields),
    fields,
    externalId: typeof externalId === "string" ? externalId.slice(0, 100) : null,
  };
  return { issues, planned };
}

async function existingByKey(db: Db, centreId: string, key: Key, planned: Planned[]) {
  const values = planned.map((each) =>
    key === "externalId"
      ? each.externalId
      : key === "email"
        ? each.fields.email
        : foldName(each.fields.familyName),
  );
  const column = key === "externalId" ? "external_id" : key === "email" ? "email" : "family_key";
  const rows = await persons.findByKeyValues(
    db,
    centreId,
    column,
    values.filter((value): value is string => value !== null),
  );
  const byKey = new Map<string, persons.PersonRow>();
  for (const row of rows) {
    const value =
      key === "externalId"
        ? row.external_id
        : key === "email"
          ? row.email?.toLowerCase()
          : nameBirthKey(row.family_name, row.given_names, row.birth_date);
    if (value && !byKey.has(value)) byKey.set(value, row);
  }
  return byKey;
}

/** The columns of the file that change the person (empty cells change nothing). */
function changesOf(planned: Planned, present: Set<ImportField>): Partial<Fields> {
  return Object.fromEntries(
    Object.entries(planned.fields).filter(([field]) => present.has(field as ImportField)),
  ) as Partial<Fields>;
}

function planUpdate(
  planned: Planned,
  present: Set<ImportField>,
  current: persons.PersonRow,
  columnOf: (field: string) => string | null,
) {
  if (current.anonymised_at)
    return {
      issues: [
        {
          row: planned.row,
          column: null,
          field: null,
          message: say("import_person_anonymised"),
        },
      ],
    };
  const { issues, columns } = changedPersonColumns(current, changesOf(planned, present));
  if (issues.length > 0)
    return {
      issues: issues.map((issue) => ({
        row: planned.row,
        column: columnOf(issue.path),
        field: issue.path,
        message: issue.message,
      })),
    };
  const externalId = planned.externalId ?? current.external_id ?? null;
  const before = toPersonRowFields(current);
  const unchanged =
    externalId === (current.external_id ?? null) &&
    Object.entries(columns).every(([column, value]) => before[column as keyof typeof before] === value);
  const update: Update = {
    row: planned.row,
    id: current.id,
    version: current.version,
    columns,
    externalId,
    previous: current,
  };
  return { issues: [], update, unchanged };
}

/**
 * `POST /api/imports/persons`: reads the file, maps its columns, validates every row with the person
 * schemas, matches existing persons by the key, lists likely duplicates for a decision, and — unless it is
 * a dry run or any row has an error — writes the persons in short chunks with one audit entry.
 */
export async function importPersons(
  db: Db,
  context: ActorContext,
  upload: ImportUpload,
  query: { dryRun: boolean; key: Key; runId?: string | undefined },
  chunkPauseMs = 0,
): Promise<ImportReport> {
  const { centreId } = context.actor;
  const sheet = await readSpreadsheet(upload.bytes);
  const read = readRows("persons", sheet, parsers, upload.mapping, [
    ...required,
    ...(query.key === "externalId"
      ? (["externalId"] as const)
      : query.key === "email"
        ? (["email"] as const)
        : []),
  ]);
  const errors = [...read.errors];
  const plannedRows: { planned: Planned; present: Set<ImportField> }[] = [];
  for (const sheetRow of read.rows) {
    const result = validate(sheetRow, read.columnOf);
    errors.push(...result.issues);
    if (result.planned) plannedRows.push({ planned: result.planned, present: sheetRow.present });
  }
  const seen = new Map<string, number>();
  const keyed: typeof plannedRows = [];
  for (const entry of plannedRows) {
    const value = keyOf(query.key, entry.planned);
    if (value === null) {
      const field = query.key === "nameBirthDate" ? null : query.key;
      errors.push({
        row: entry.planned.row,
        column: field && read.columnOf(field),
        field,
        message: say("import_key_missing"),
      });
      continue;
    }
    const first = seen.get(value);
    if (first !== undefined) {
      errors.push({
        row: entry.planned.row,
        column: null,
        field: null,
        message: say("import_same_key", { row: first }),
      });
      continue;
    }
    seen.set(value, entry.planned.row);
    keyed.push(entry);
  }
  const existing = await existingByKey(
    db,
    centreId,
    query.key,
    keyed.map((entry) => entry.planned),
  );
  const actions: ImportRowAction[] = [];
  const creates: Planned[] = [];
  const updates: Update[] = [];
  const duplicates: ImportDuplicate[] = [];
  const shownPersons = new Set<string>();
  for (const { planned, present } of keyed) {
    const match = existing.get(keyOf(query.key, planned) as string);
    if (match) {
      const result = planUpdate(planned, present, match, read.columnOf);
      errors.push(...result.issues);
      if (!result.update) continue;
      if (result.unchanged)
        actions.push({
          row: planned.row,
          action: ROW.skip,
          id: match.id,
          label: planned.label,
          reason: "unchanged",
        });
      else {
        updates.push(result.update);
        actions.push({
          row: planned.row,
          action: ROW.update,
          id: match.id,
          label: planned.label,
          reason: null,
        });
      }
      continue;
    }
    const candidates = (await findDuplicates(db, centreId, planned.fields)).filter(
      (candidate) => candidate.match === "name_and_birth_date",
    );
    if (candidates.length === 0) {
      creates.push(planned);
      actions.push({ row: planned.row, action: ROW.create, id: null, label: planned.label, reason: null });
      continue;
    }
    for (const candidate of candidates) shownPersons.add(candidate.id);
    duplicates.push({
      row: planned.row,
      candidates: candidates.map((candidate) => ({
        id: candidate.id,
        label: labelOf(candidate),
        birthDate: candidate.birthDate,
      })),
    });
    const decision: ImportDecision | undefined = upload.decisions[String(planned.row)];
    if (decision === "create") {
      creates.push(planned);
      actions.push({
        row: planned.row,
        action: ROW.create,
        id: null,
        label: planned.label,
        reason: "decision",
      });
    } else if (decision?.startsWith("update:")) {
      const id = decision.slice("update:".length);
      const target = candidates.some((candidate) => candidate.id === id)
        ? await persons.findPerson(db, centreId, id)
        : undefined;
      if (!target) {
        errors.push({
          row: planned.row,
          column: null,
          field: null,
          message: say("import_not_duplicate_person"),
        });
        continue;
      }
      const result = planUpdate(planned, present, target, read.columnOf);
      errors.push(...result.issues);
      if (result.update) {
        updates.push(result.update);
        actions.push({ row: planned.row, action: ROW.update, id, label: planned.label, reason: "decision" });
      }
    } else {
      actions.push({
        row: planned.row,
        action: ROW.skip,
        id: null,
        label: planned.label,
        reason: decision === "skip" ? "decision" : "duplicate",
      });
    }
  }
  if (shownPersons.size > 0)
    await context.recordRead({
      action: "person.import.duplicates",
      entity: "person",
      entityId: null,
      personIds: [...shownPersons],
    });
  const report = finishReport("persons", sheet, read, query, { actions, errors, duplicates });
  if (query.dryRun) return report;
  if (errors.length > 0) throw refuseWithErrors(report);
  const importId = query.runId ?? newId();
  const now = new Date().toISOString();
  const rows = creates.map((planned) => ({
    planned,
    record: newPersonRow(context.actor, newId(), planned.fields, planned.externalId, now),
  }));
  const createdIds = rows.map((row) => row.record.id);
  const updatedIds = updates.map((update) => update.id);
  if (rows.length + updates.length === 0) return { ...report, committed: true, importId: null };
  const timing = await writeInChunks(
    db,
    context,
    {
      creates: rows,
      updates,
      idOfCreate: (row) => row.record.id,
      idOfUpdate: (row) => row.id,
      insert: (scope, batch) =>
        persons.insertPersons(
          scope,
          batch.map((row) => row.record),
        ),
      update: (scope, update) =>
        persons.updatePersonIfVersion(scope.db, centreId, update.id, update.version, {
          ...update.columns,
          external_id: update.externalId,
          updated_at: now,
        }),
      remove: (scope, ids) => persons.deletePersons(scope, ids),
      restore: async (scope, update) => {
        await persons.updatePersonIfVersion(scope.db, centreId, update.id, update.version + 1, {
          ...toPersonRowFields(update.previous),
          external_id: update.previous.external_id ?? null,
          updated_at: update.previous.updated_at,
        });
      },
    },
    {
      id: importId,
      kind: "persons",
      format: sheet.format,
      fileName: upload.fileName,
      key: query.key,
      skipped: report.counts.skip,
    },
    { chunkPauseMs },
    {
      action: "person.import",
      entity: "import",
      details: {
        importId,
        key: query.key,
        format: sheet.format,
        created: createdIds,
        updated: updatedIds,
        skipped: report.counts.skip,
      },
      personIds: [...createdIds, ...updatedIds],
    },
  );
  const createdByRow = new Map(rows.map((row) => [row.planned.row, row.record.id]));
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
