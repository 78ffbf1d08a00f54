import { type ActivityType, consentForActivity } from "#shared/reference/cases.ts";
import type { Activity, ActivityCreate, ActivityUpdate } from "#shared/schemas/case.ts";
import type { ActorContext } from "../../app-env.ts";
import { centreScope } from "../../db/centre-scope.ts";
import type { Db, DbOrTx } from "../../db/database.ts";
import { caseClosed, conflict, forbidden, notFound, staleVersion } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { findActiveConsent } from "../consents/consents.service.ts";
import { toActivity } from "./case-mapping.ts";
import * as cases from "./cases.repository.ts";

/** A referral passes the person's data to an authority: only with the person's current consent to that. */
async function requireConsentFor(db: DbOrTx, centreId: string, personId: string, type: ActivityType) {
  const purpose = consentForActivity[type];
  if (purpose && !(await findActiveConsent(db, centreId, personId, purpose)))
    throw conflict(
      "no_referral_consent",
      "Ohne gültige Einwilligung in die Weiterleitung an Behörden kann keine Weitervermittlung eingetragen werden",
      { purpose },
    );
}

async function requireCaseRow(db: Db, centreId: string, caseId: string) {
  const row = await cases.findCase(db, centreId, caseId);
  if (!row) throw notFound("Fall");
  return row;
}

export async function listCaseActivities(db: Db, context: ActorContext, caseId: string): Promise<Activity[]> {
  const caseRow = await requireCaseRow(db, context.actor.centreId, caseId);
  const rows = await cases.listActivities(db, context.actor.centreId, caseId);
  await context.recordRead({
    action: "activity.list",
    entity: "case",
    entityId: caseId,
    details: { personId: caseRow.person_id },
    personIds: [caseRow.person_id],
  });
  return rows.map(toActivity);
}

export async function addActivity(
  db: Db,
  context: ActorContext,
  caseId: string,
  input: ActivityCreate,
): Promise<Activity> {
  const { actor } = context;
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const caseRow = await requireCaseRow(trx, actor.centreId, caseId);
    if (caseRow.status === "closed") throw caseClosed();
    await requireConsentFor(trx, actor.centreId, caseRow.person_id, input.type);
    const now = nowIso();
    await cases.insertActivity(centreScope(trx, actor.centreId), {
      id,
      centre_id: actor.centreId,
      case_id: caseId,
      type: input.type,
      occurred_on: input.occurredOn,
      duration_minutes: input.durationMinutes,
      text: input.text,
      author_id: actor.id,
      created_at: now,
      updated_at: now,
      version: 1,
    });
    await cases.touchLastActivity(trx, actor.centreId, caseId, input.occurredOn);
    await recordAudit(trx, context, {
      action: "activity.create",
      entity: "activity",
      entityId: id,
      details: { caseId, personId: caseRow.person_id },
    });
  });
  const row = await cases.findActivity(db, actor.centreId, caseId, id);
  if (!row) throw notFound("Eintrag");
  return toActivity(row);
}

export async function editActivity(
  db: Db,
  context: ActorContext,
  caseId: string,
  id: string,
  input: ActivityUpdate,
): Promise<Activity> {
  const { actor } = context;
  const { version, ...changes } = input;
  await db.transaction().execute(async (trx) => {
    const current = await cases.findActivity(trx, actor.centreId, caseId, id);
    if (!current) throw notFound("Eintrag");
    if (current.author_id !== actor.id)
      throw forbidden("Nur die Verfasserin / der Verfasser darf den Eintrag ändern");
    if (current.version !== version) throw staleVersion(toActivity(current));
    if (changes.type && changes.type !== current.type) {
      const caseRow = await requireCaseRow(trx, actor.centreId, caseId);
      await requireConsentFor(trx, actor.centreId, caseRow.person_id, changes.type);
    }
    const edited = await cases.updateActivityIfVersion(trx, actor.centreId, id, version, {
      ...(changes.type && { type: changes.type }),
      ...(changes.occurredOn && { occurred_on: changes.occurredOn }),
      ...(changes.durationMinutes !== undefined && { duration_minutes: changes.durationMinutes }),
      ...(changes.text && { text: changes.text }),
      updated_at: nowIso(),
    });
    if (!edited) {
      const latest = await cases.findActivity(trx, actor.centreId, caseId, id);
      throw staleVersion(toActivity(latest ?? current));
    }
    if (changes.occurredOn) await cases.touchLastActivity(trx, actor.centreId, caseId, changes.occurredOn);
    await recordAudit(trx, context, {
      action: "activity.update",
      entity: "activity",
      entityId: id,
      details: { caseId, fields: Object.keys(changes), previousText: current.text },
    });
  });
  const row = await cases.findActivity(db, actor.centreId, caseId, id);
  if (!row) throw notFound("Eintrag");
  return toActivity(row);
}
