import { say } from "#shared/api/issue-messages.ts";
import {
  RETENTION_HORIZON_DAYS,
  RETENTION_YEARS_MAX,
  type RetentionOverview,
  type RetentionPostpone,
  type RetentionPostponed,
  type RetentionSettings,
} from "#shared/schemas/retention.ts";
import { addDays, addYears, todayInBerlin } from "#shared/time/calendar.ts";
import type { ActorContext } from "../../app-env.ts";
import { type CentreScope, scopeOf } from "../../db/centre-scope.ts";
import type { Db } from "../../db/database.ts";
import { fieldError, notFound } from "../../lib/errors.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import * as retention from "./retention.repository.ts";
import { dueByDay } from "./retention-due.ts";
import { latestRetentionRun } from "./retention-job.ts";

/** The screen shows at most this many persons; the job works through all of them. */
const LIST_LIMIT = 500;

async function yearsOf(scope: CentreScope): Promise<number> {
  const years = await retention.retentionYearsOf(scope.db, scope.centreId);
  if (years === undefined) throw notFound("Zentrum");
  return years;
}

export async function retentionOverview(db: Db, context: ActorContext): Promise<RetentionOverview> {
  const scope = scopeOf(db, context.actor);
  const today = todayInBerlin();
  const horizonOn = addDays(today, RETENTION_HORIZON_DAYS);
  const retentionYears = await yearsOf(scope);
  const entries = (await dueByDay(scope, retentionYears, today, horizonOn)).map(
    ({ version: _version, ...entry }) => entry,
  );
  const due = entries.filter((entry) => entry.holds.length === 0);
  const held = entries.filter((entry) => entry.holds.length > 0);
  const shown = [...due.slice(0, LIST_LIMIT), ...held.slice(0, LIST_LIMIT)];
  if (shown.length > 0)
    await context.recordRead({
      action: "retention.list",
      entity: "person",
      entityId: null,
      personIds: shown.map((entry) => entry.personId),
    });
  return {
    today,
    horizonOn,
    retentionYears,
    due: due.slice(0, LIST_LIMIT),
    held: held.slice(0, LIST_LIMIT),
    truncated: due.length > LIST_LIMIT || held.length > LIST_LIMIT,
    lastRun: await latestRetentionRun(scope),
  };
}

export async function updateRetentionSettings(
  db: Db,
  context: ActorContext,
  input: RetentionSettings,
): Promise<RetentionSettings> {
  const scope = scopeOf(db, context.actor);
  return db.transaction().execute(async (trx) => {
    const previous = await retention.retentionYearsOf(trx, scope.centreId);
    if (previous === undefined) throw notFound("Zentrum");
    await retention.setRetentionYears(trx, scope.centreId, input.retentionYears, nowIso());
    await recordAudit(trx, context, {
      action: "retention.settings",
      entity: "centre",
      entityId: scope.centreId,
      centreId: scope.centreId,
      details: { from: previous, to: input.retentionYears },
    });
    return { retentionYears: input.retentionYears };
  });
}

export async function postponeRetention(
  db: Db,
  context: ActorContext,
  personId: string,
  input: RetentionPostpone,
): Promise<RetentionPostponed> {
  const today = todayInBerlin();
  if (input.dueOn <= today) throw fieldError("dueOn", say("date_after_today"));
  if (input.dueOn > addYears(today, RETENTION_YEARS_MAX))
    throw fieldError("dueOn", say("max_years_ahead", { count: RETENTION_YEARS_MAX }));
  return scopeOf(db, context.actor).transaction(async (scope) => {
    const person = await retention.findRetentionPerson(scope, personId);
    if (!person || person.anonymised) throw notFound("Person");
    const postponedAt = nowIso();
    await retention.upsertPostponement(scope, {
      person_id: personId,
      centre_id: scope.centreId,
      due_on: input.dueOn,
      reason: input.reason,
      postponed_by: context.actor.id,
      postponed_at: postponedAt,
    });
    await recordAudit(scope.db, context, {
      action: "retention.postpone",
      entity: "person",
      entityId: personId,
      centreId: scope.centreId,
      details: { dueOn: input.dueOn },
    });
    return {
      personId,
      dueOn: input.dueOn,
      reason: input.reason,
      postponedAt,
      postponedBy: context.actor.name,
    };
  });
}
