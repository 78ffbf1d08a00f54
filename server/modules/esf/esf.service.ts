import type { Selectable, Updateable } from "kysely";
import { say } from "#shared/api/issue-messages.ts";
import { ageBandOn, iscedBandOf, isThirdCountryNational } from "#shared/esf/derived.ts";
import { gapsOf } from "#shared/esf/indicators.ts";
import { isImmediateInWindow, isLongTermInWindow } from "#shared/esf/windows.ts";
import { ruralAreaOf } from "#shared/reference/municipalities.ts";
import type { EsfImmediateResult, EsfParticipant, EsfParticipantUpdate } from "#shared/schemas/esf.ts";
import type { EsfEntry } from "#shared/schemas/programme.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import type { ActorContext } from "../../app-env.ts";
import { type CentreScope, centreScope } from "../../db/centre-scope.ts";
import type { Db, EsfParticipantsTable } from "../../db/database.ts";
import { fieldError, notFound, staleVersion, validationFailed } from "../../lib/errors.ts";
import { spreadsheetFile } from "../../lib/spreadsheet.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { disclose } from "../disclosure/disclosure-gate.ts";
import * as esf from "./esf.repository.ts";
import { esfParticipantsSheet } from "./esf-participants-xlsx.ts";
import { toEsfRecord, toFlag } from "./esf-record.ts";
import { closeEsfResultTask, immediateTaskKey, longTermTaskKey } from "./esf-result-tasks.ts";

export function toParticipant(row: esf.ParticipantRow, today: string): EsfParticipant {
  const record = toEsfRecord(row);
  const exit = row.exited_on;
  return {
    enrolmentId: row.enrolment_id,
    programmeId: row.programme_id,
    personId: row.person_id,
    personName: `${row.given_names} ${row.family_name}`,
    enteredOn: row.entered_on,
    exitedOn: exit,
    employmentStatus: record.employmentStatus,
    birthDate: record.birthDate,
    iscedLevel: record.iscedLevel,
    gender: record.gender,
    nationality: record.nationality,
    foreignBackground: record.foreignBackground,
    municipality: row.municipality ?? null,
    ruralArea: record.ruralArea,
    disability: record.disability,
    minority: record.minority,
    homeless: record.homeless,
    ageBand: record.birthDate ? ageBandOn(record.birthDate, row.entered_on) : null,
    iscedBand: record.iscedLevel ? iscedBandOf(record.iscedLevel) : null,
    thirdCountryNational: record.nationality ? isThirdCountryNational(record.nationality) : null,
    ruralAreaDerived: ruralAreaOf(row.municipality ?? null) !== null,
    confirmedAt: row.confirmed_at,
    immediateResult: record.immediateResult && {
      ...record.immediateResult,
      inWindow: exit !== null && isImmediateInWindow(exit, record.immediateResult.recordedOn),
    },
    longTermResult: record.longTermResult && {
      ...record.longTermResult,
      inWindow: exit !== null && isLongTermInWindow(exit, record.longTermResult.recordedOn),
    },
    gaps: gapsOf(record, today),
    version: row.version,
  };
}

type Person = {
  birth_date: string;
  education_level: string | null;
  gender: string | null;
  nationality: string;
};

/**
 * The draft record of a new ESF+ enrolment: prefilled from the person's profile (and from legacy entry data
 * sent with the enrolment), unconfirmed until the advisor checks it. A non-German citizen has a foreign
 * background by definition; for Germans the advisor asks.
 */
export async function insertDraftParticipant(
  scope: CentreScope,
  enrolment: { id: string; personId: string; createdAt: string },
  person: Person,
  legacy: EsfEntry | null,
): Promise<void> {
  await esf.insertParticipant(scope, {
    enrolment_id: enrolment.id,
    centre_id: scope.centreId,
    person_id: enrolment.personId,
    employment_status: legacy?.employmentStatus ?? null,
    birth_date: person.birth_date,
    isced_level: person.education_level,
    gender: person.gender,
    nationality: person.nationality,
    foreign_background: person.nationality === "DE" ? null : 1,
    municipality: null,
    rural_area: null,
    disability: legacy?.disability ?? "no_answer",
    minority: "no_answer",
    homeless: "no_answer",
    confirmed_at: null,
    confirmed_by: null,
    immediate_result: null,
    long_term_result: null,
    created_at: enrolment.createdAt,
    updated_at: enrolment.createdAt,
    version: 1,
  });
}

async function requireParticipant(scope: CentreScope, enrolmentId: string) {
  const row = await esf.findParticipant(scope, enrolmentId);
  if (!row) throw notFound("ESF-Plus-Teilnahmedatensatz");
  return row;
}

export async function getParticipant(db: Db, context: ActorContext, enrolmentId: string) {
  const row = await requireParticipant(centreScope(db, context.actor.centreId), enrolmentId);
  await context.recordRead({
    action: "enrolment.esf.read",
    entity: "enrolment",
    entityId: enrolmentId,
    personIds: [row.person_id],
  });
  return toParticipant(row, todayInBerlin());
}

function resultIssues(exitedOn: string | null, input: EsfParticipantUpdate) {
  const issues: { path: string; message: string }[] = [];
  for (const key of ["immediateResult", "longTermResult"] as const) {
    const result = input[key];
    if (!result) continue;
    if (!exitedOn) issues.push({ path: key, message: say("results_after_exit") });
    else if (result.recordedOn < exitedOn)
      issues.push({ path: `${key}.recordedOn`, message: say("recorded_before_exit") });
    else if (result.recordedOn > todayInBerlin())
      issues.push({ path: `${key}.recordedOn`, message: say("date_in_future") });
  }
  return issues;
}

/**
 * Rural area follows the municipality of residence where the table knows its degree of urbanisation; elsewhere
 * (no municipality, or one outside the alliance's districts) it stays the advisor's answer.
 */
function ruralAreaChange(
  storedMunicipality: string | null,
  entry: Pick<EsfParticipantUpdate, "municipality" | "ruralArea">,
): Pick<Selectable<EsfParticipantsTable>, "rural_area"> | Record<string, never> {
  const derived = ruralAreaOf(entry.municipality !== undefined ? entry.municipality : storedMunicipality);
  if (derived !== null) return { rural_area: toFlag(derived) };
  return entry.ruralArea !== undefined ? { rural_area: toFlag(entry.ruralArea) } : {};
}

export async function updateParticipant(
  db: Db,
  context: ActorContext,
  enrolmentId: string,
  input: EsfParticipantUpdate,
): Promise<EsfParticipant> {
  const { version, confirmed, immediateResult, longTermResult, ...entry } = input;
  const scope = centreScope(db, context.actor.centreId);
  await scope.transaction(async (trx) => {
    const current = await requireParticipant(trx, enrolmentId);
    if (current.version !== version) throw staleVersion(toParticipant(current, todayInBerlin()));
    const issues = resultIssues(current.exited_on, input);
    if (issues.length > 0) throw validationFailed(issues);
    if (confirmed && (entry.employmentStatus ?? current.employment_status) === null)
      throw fieldError("employmentStatus", say("employment_status_required"));
    const changes: Updateable<EsfParticipantsTable> = {
      ...(entry.employmentStatus !== undefined && { employment_status: entry.employmentStatus }),
      ...(entry.birthDate !== undefined && { birth_date: entry.birthDate }),
      ...(entry.iscedLevel !== undefined && { isced_level: entry.iscedLevel }),
      ...(entry.gender !== undefined && { gender: entry.gender }),
      ...(entry.nationality !== undefined && { nationality: entry.nationality }),
      ...(entry.foreignBackground !== undefined && { foreign_background: toFlag(entry.foreignBackground) }),
      ...(entry.municipality !== undefined && { municipality: entry.municipality }),
      ...ruralAreaChange(current.municipality ?? null, entry),
      ...(entry.disability !== undefined && { disability: entry.disability }),
      ...(entry.minority !== undefined && { minority: entry.minority }),
      ...(entry.homeless !== undefined && { homeless: entry.homeless }),
      ...(confirmed === true && { confirmed_at: nowIso(), confirmed_by: context.actor.id }),
      ...(confirmed === false && { confirmed_at: null, confirmed_by: null }),
      ...(immediateResult !== undefined && {
        immediate_result: immediateResult ? JSON.stringify(immediateResult) : null,
      }),
      ...(longTermResult !== undefined && {
        long_term_result: longTermResult ? JSON.stringify(longTermResult) : null,
      }),
      updated_at: nowIso(),
    };
    if (!(await esf.updateParticipantIfVersion(trx, enrolmentId, version, changes)))
      throw staleVersion(toParticipant(current, todayInBerlin()));
    if (immediateResult) await closeEsfResultTask(trx.db, trx.centreId, immediateTaskKey(enrolmentId));
    if (longTermResult) await closeEsfResultTask(trx.db, trx.centreId, longTermTaskKey(enrolmentId));
    await recordAudit(trx.db, context, {
      action: "enrolment.esf.update",
      entity: "enrolment",
      entityId: enrolmentId,
      details: { personId: current.person_id, fields: Object.keys(input).filter((key) => key !== "version") },
    });
  });
  return toParticipant(await requireParticipant(scope, enrolmentId), todayInBerlin());
}

/** An ESF+ programme the centre sees (the programmes module checks it). */
export type EsfProgramme = { id: string; esfProjectNumber: string | null };

/** "Datenlücken": the programme's participants whose record lacks something the report needs. */
export async function listGaps(db: Db, context: ActorContext, programme: EsfProgramme) {
  const { centreId } = context.actor;
  const programmeId = programme.id;
  const today = todayInBerlin();
  const items = (await esf.listProgrammeParticipants(centreScope(db, centreId), programmeId))
    .map((row) => toParticipant(row, today))
    .filter((participant) => participant.gaps.length > 0);
  await context.recordRead({
    action: "enrolment.esf_gaps.list",
    entity: "programme",
    entityId: programmeId,
    details: { returned: items.length },
    personIds: items.map((item) => item.personId),
  });
  return { items };
}

/**
 * The enrolment form still sends the older entry items and the result upon leaving with the enrolment;
 * they go into the participant record, which is what the report reads.
 */
export async function syncLegacyEsf(
  scope: CentreScope,
  enrolmentId: string,
  changes: { esfEntry?: EsfEntry | null; esfResult?: EsfImmediateResult | null },
): Promise<void> {
  const set: Updateable<EsfParticipantsTable> = {
    ...(changes.esfEntry && {
      employment_status: changes.esfEntry.employmentStatus,
      disability: changes.esfEntry.disability,
    }),
    ...(changes.esfResult !== undefined && {
      immediate_result: changes.esfResult ? JSON.stringify(changes.esfResult) : null,
    }),
  };
  if (Object.keys(set).length === 0) return;
  await scope
    .updateTable("esf_participants")
    .set((eb) => ({ ...set, updated_at: nowIso(), version: eb("esf_participants.version", "+", 1) }))
    .where("enrolment_id", "=", enrolmentId)
    .execute();
  if (changes.esfResult) await closeEsfResultTask(scope.db, scope.centreId, immediateTaskKey(enrolmentId));
}

/** The participant list of an ESF+ programme as XLSX: person-level, audited with every participant before it leaves. */
export async function exportParticipants(db: Db, context: ActorContext, programme: EsfProgramme) {
  const { centreId } = context.actor;
  const programmeId = programme.id;
  const today = todayInBerlin();
  const items = (await esf.listProgrammeParticipants(centreScope(db, centreId), programmeId)).map((row) =>
    toParticipant(row, today),
  );
  const disclosure = await disclose(context, "esf_participant_list", {
    action: "enrolment.esf.export",
    entity: "programme",
    entityId: programmeId,
    details: { returned: items.length },
    personIds: items.map((item) => item.personId),
  });
  const file = await spreadsheetFile("xlsx", esfParticipantsSheet(items));
  return {
    disclosure,
    file: {
      body: file.body,
      contentType: file.contentType,
      fileName: `esf-teilnehmende-${programme.esfProjectNumber ?? programme.id}-${today}.xlsx`,
    },
  };
}
