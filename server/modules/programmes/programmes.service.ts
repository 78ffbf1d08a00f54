import { say } from "#shared/api/issue-messages.ts";
import { can } from "#shared/auth/permissions.ts";
import type { EnrolmentStatus, FundingSource, ProgrammeKey } from "#shared/reference/employers.ts";
import {
  type Enrolment,
  type EnrolmentCreate,
  type EnrolmentListQuery,
  type EnrolmentUpdate,
  type EsfEntry,
  type EsfResult,
  type Programme,
  type ProgrammeCreate,
  type ProgrammeUpdate,
  programmeRuleIssues,
} from "#shared/schemas/programme.ts";
import type { ActorContext } from "../../app-env.ts";
import { centreScope } from "../../db/centre-scope.ts";
import type { Db, DbOrTx } from "../../db/database.ts";
import { decodeCursor, pageFrom } from "../../lib/cursor.ts";
import {
  conflict,
  fieldError,
  forbidden,
  notFound,
  staleVersion,
  validationFailed,
} from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import {
  type EsfProgramme,
  exportParticipants,
  insertDraftParticipant,
  listGaps,
  syncLegacyEsf,
} from "../esf/esf.service.ts";
import { openEsfResultTasks } from "../esf/esf-result-tasks.ts";
import { requireWritablePerson } from "../persons/writable-person.ts";
import * as programmes from "./programmes.repository.ts";

const toProgramme = (row: programmes.ProgrammeRow, context: ActorContext): Programme => ({
  id: row.id,
  centreId: row.centre_id,
  key: row.key as ProgrammeKey,
  name: row.name,
  description: row.description,
  fundingSource: row.funding_source as FundingSource,
  esfProjectNumber: row.esf_project_number,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  keepUntil: row.keep_until ?? null,
  activeEnrolments: can(context.actor.role, "read:enrolment") ? Number(row.active_enrolments ?? 0) : 0,
  canEdit: row.centre_id === context.actor.centreId && can(context.actor.role, "update:programme"),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

async function requireProgramme(db: DbOrTx, context: ActorContext, id: string): Promise<Programme> {
  const row = await programmes.findVisibleProgramme(db, context.actor.centreId, id);
  if (!row) throw notFound("Programm");
  return toProgramme(row, context);
}

export const getProgramme = (db: Db, context: ActorContext, id: string) => requireProgramme(db, context, id);

async function requireEsfProgramme(db: Db, centreId: string, id: string): Promise<EsfProgramme> {
  const row = await programmes.findVisibleProgramme(db, centreId, id);
  if (row?.funding_source !== "esf_plus") throw notFound("ESF-Plus-Programm");
  return { id: row.id, esfProjectNumber: row.esf_project_number };
}

/** "Datenlücken": the ESF+ programme's participants whose record lacks something the report needs. */
export const listProgrammeGaps = async (db: Db, context: ActorContext, id: string) =>
  listGaps(db, context, await requireEsfProgramme(db, context.actor.centreId, id));

/** The participant list of an ESF+ programme as XLSX (through the disclosure gate). */
export const exportProgrammeParticipants = async (db: Db, context: ActorContext, id: string) =>
  exportParticipants(db, context, await requireEsfProgramme(db, context.actor.centreId, id));

export async function listProgrammeItems(db: Db, context: ActorContext): Promise<Programme[]> {
  return (await programmes.listProgrammes(db, context.actor.centreId)).map((row) =>
    toProgramme(row, context),
  );
}

export async function createProgramme(
  db: Db,
  context: ActorContext,
  input: ProgrammeCreate,
): Promise<Programme> {
  const id = newId();
  const now = nowIso();
  await db.transaction().execute(async (trx) => {
    await programmes.insertProgramme(trx, {
      id,
      centre_id: context.actor.centreId,
      key: input.key,
      name: input.name,
      description: input.description,
      funding_source: input.fundingSource,
      esf_project_number: input.esfProjectNumber,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      keep_until: input.keepUntil,
      created_at: now,
      updated_at: now,
      version: 1,
    });
    await recordAudit(trx, context, { action: "programme.create", entity: "programme", entityId: id });
  });
  return requireProgramme(db, context, id);
}

export async function updateProgramme(
  db: Db,
  context: ActorContext,
  id: string,
  input: ProgrammeUpdate,
): Promise<Programme> {
  const { version, ...changes } = input;
  await db.transaction().execute(async (trx) => {
    const current = await requireProgramme(trx, context, id);
    if (!current.canEdit) throw forbidden("Das regionale Programmverzeichnis ist nicht änderbar");
    if (current.version !== version) throw staleVersion(current);
    const issues = programmeRuleIssues({ ...current, ...changes });
    if (issues.length > 0) throw validationFailed(issues);
    const updated = await programmes.updateOwnProgrammeIfVersion(trx, context.actor.centreId, id, version, {
      ...(changes.key !== undefined && { key: changes.key }),
      ...(changes.name !== undefined && { name: changes.name }),
      ...(changes.description !== undefined && { description: changes.description }),
      ...(changes.fundingSource !== undefined && { funding_source: changes.fundingSource }),
      ...(changes.esfProjectNumber !== undefined && { esf_project_number: changes.esfProjectNumber }),
      ...(changes.startsOn !== undefined && { starts_on: changes.startsOn }),
      ...(changes.endsOn !== undefined && { ends_on: changes.endsOn }),
      ...(changes.keepUntil !== undefined && { keep_until: changes.keepUntil }),
      updated_at: nowIso(),
    });
    if (!updated) throw staleVersion(current);
    await recordAudit(trx, context, {
      action: "programme.update",
      entity: "programme",
      entityId: id,
      details: { fields: Object.keys(changes) },
    });
  });
  return requireProgramme(db, context, id);
}

export const toEnrolment = (row: programmes.EnrolmentRow): Enrolment => ({
  id: row.id,
  programmeId: row.programme_id,
  programmeName: row.programme_name,
  fundingSource: row.funding_source as FundingSource,
  personId: row.person_id,
  personName: `${row.given_names} ${row.family_name}`,
  status: row.status as EnrolmentStatus,
  enteredOn: row.entered_on,
  exitedOn: row.exited_on,
  esfEntry: row.esf_entry ? (JSON.parse(row.esf_entry) as EsfEntry) : null,
  esfResult: row.esf_result ? (JSON.parse(row.esf_result) as EsfResult) : null,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});

async function requireEnrolment(db: DbOrTx, centreId: string, id: string): Promise<Enrolment> {
  const row = await programmes.findEnrolment(db, centreId, id);
  if (!row) throw notFound("Teilnahme");
  return toEnrolment(row);
}

export async function listEnrolmentsPage(db: Db, context: ActorContext, query: EnrolmentListQuery) {
  const rows = await programmes.listEnrolments(db, context.actor.centreId, {
    programmeId: query.programmeId,
    personId: query.personId,
    status: query.status,
    after: decodeCursor(query.cursor, 2),
    limit: query.limit + 1,
  });
  const page = pageFrom(rows, query.limit, (row) => [row.entered_on, row.id]);
  await context.recordRead({
    action: "enrolment.list",
    entity: "enrolment",
    entityId: null,
    details: { query: { ...query, cursor: undefined }, returned: page.items.length },
    personIds: page.items.map((row) => row.person_id),
  });
  return { items: page.items.map(toEnrolment), nextCursor: page.nextCursor };
}

export async function createEnrolment(
  db: Db,
  context: ActorContext,
  input: EnrolmentCreate,
): Promise<Enrolment> {
  const { centreId } = context.actor;
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const programme = await programmes.findVisibleProgramme(trx, centreId, input.programmeId);
    if (!programme) throw fieldError("programmeId", say("unknown_programme"));
    const person = await requireWritablePerson(trx, centreId, input.personId);
    if (await programmes.findActiveEnrolment(trx, centreId, input.programmeId, input.personId))
      throw conflict("already_enrolled", "Die Person nimmt an diesem Programm schon teil");
    const now = nowIso();
    await programmes.insertEnrolment(centreScope(trx, centreId), {
      id,
      centre_id: centreId,
      programme_id: input.programmeId,
      person_id: input.personId,
      status: "active",
      entered_on: input.enteredOn,
      exited_on: null,
      esf_entry: input.esfEntry ? JSON.stringify(input.esfEntry) : null,
      esf_result: null,
      created_by: context.actor.id,
      created_at: now,
      updated_at: now,
      version: 1,
    });
    if (programme.funding_source === "esf_plus")
      await insertDraftParticipant(
        centreScope(trx, centreId),
        { id, personId: input.personId, createdAt: now },
        person,
        input.esfEntry,
      );
    await recordAudit(trx, context, {
      action: "enrolment.create",
      entity: "enrolment",
      entityId: id,
      details: { personId: input.personId, programmeId: input.programmeId },
    });
  });
  return requireEnrolment(db, centreId, id);
}

export async function updateEnrolment(
  db: Db,
  context: ActorContext,
  id: string,
  input: EnrolmentUpdate,
): Promise<Enrolment> {
  const { centreId } = context.actor;
  const { version, ...changes } = input;
  await db.transaction().execute(async (trx) => {
    const current = await requireEnrolment(trx, centreId, id);
    if (current.version !== version) throw staleVersion(current);
    const merged = { ...current, ...changes };
    if (merged.status !== "active" && !merged.exitedOn)
      throw fieldError("exitedOn", say("exit_date_required"));
    if (merged.status === "active" && merged.exitedOn) throw fieldError("status", say("exit_status"));
    if (merged.exitedOn && merged.exitedOn < merged.enteredOn)
      throw fieldError("exitedOn", say("exit_before_entry"));
    if (merged.esfResult && !merged.exitedOn) throw fieldError("esfResult", say("results_after_exit"));
    const updated = await programmes.updateEnrolmentIfVersion(trx, centreId, id, version, {
      ...(changes.status !== undefined && { status: changes.status }),
      ...(changes.enteredOn !== undefined && { entered_on: changes.enteredOn }),
      ...(changes.exitedOn !== undefined && { exited_on: changes.exitedOn }),
      ...(changes.esfEntry !== undefined && {
        esf_entry: changes.esfEntry ? JSON.stringify(changes.esfEntry) : null,
      }),
      ...(changes.esfResult !== undefined && {
        esf_result: changes.esfResult ? JSON.stringify(changes.esfResult) : null,
      }),
      updated_at: nowIso(),
    });
    if (!updated) throw staleVersion(current);
    if (current.fundingSource === "esf_plus") {
      const scope = centreScope(trx, centreId);
      await syncLegacyEsf(scope, id, changes);
      if (changes.exitedOn && changes.exitedOn !== current.exitedOn)
        await openEsfResultTasks(
          trx,
          {
            id,
            centreId,
            personId: current.personId,
            exitedOn: changes.exitedOn,
            createdBy: context.actor.id,
          },
          current.programmeName,
        );
    }
    await recordAudit(trx, context, {
      action: "enrolment.update",
      entity: "enrolment",
      entityId: id,
      details: { personId: current.personId, fields: Object.keys(changes) },
    });
  });
  return requireEnrolment(db, centreId, id);
}

// The data other modules read and write through this module (its repository is private to it).
export const findVisibleProgramme: typeof programmes.findVisibleProgramme = (...args) =>
  programmes.findVisibleProgramme(...args);
export const listEnrolments: typeof programmes.listEnrolments = (...args) =>
  programmes.listEnrolments(...args);
export const listProgrammeIdsOfPersons: typeof programmes.listProgrammeIdsOfPersons = (...args) =>
  programmes.listProgrammeIdsOfPersons(...args);
