import { say } from "#shared/api/issue-messages.ts";
import type { Consent, ConsentCreate } from "#shared/schemas/consent.ts";
import { ConsentSchema } from "#shared/schemas/consent.ts";
import type { ActorContext } from "../../app-env.ts";
import { centreScope } from "../../db/centre-scope.ts";
import type { Db } from "../../db/database.ts";
import { conflict, fieldError, notFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { findPerson } from "../persons/persons.service.ts";
import * as consents from "./consents.repository.ts";

export const toConsent = (row: consents.ConsentRow): Consent =>
  ConsentSchema.parse({
    id: row.id,
    personId: row.person_id,
    purpose: row.purpose,
    givenOn: row.given_on,
    channel: row.channel,
    noticeVersion: row.notice_version,
    withdrawnOn: row.withdrawn_on,
    recordedBy: row.recorded_by_name,
    createdAt: row.created_at,
  });

async function requirePerson(db: Db, centreId: string, personId: string) {
  const person = await findPerson(db, centreId, personId);
  if (!person) throw notFound("Person");
  return person;
}

export async function listPersonConsents(
  db: Db,
  context: ActorContext,
  personId: string,
): Promise<Consent[]> {
  await requirePerson(db, context.actor.centreId, personId);
  const rows = await consents.listConsents(db, context.actor.centreId, personId);
  await context.recordRead({ action: "consent.list", entity: "person", entityId: personId });
  return rows.map(toConsent);
}

export async function giveConsent(
  db: Db,
  context: ActorContext,
  personId: string,
  input: ConsentCreate,
): Promise<Consent> {
  const { actor } = context;
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await requirePerson(trx, actor.centreId, personId);
    if (await consents.findActiveConsent(trx, actor.centreId, personId, input.purpose)) {
      throw conflict("consent_active", "Für diesen Zweck liegt schon eine gültige Einwilligung vor");
    }
    await consents.insertConsent(centreScope(trx, actor.centreId), {
      id,
      centre_id: actor.centreId,
      person_id: personId,
      purpose: input.purpose,
      given_on: input.givenOn,
      channel: input.channel,
      notice_version: input.noticeVersion,
      withdrawn_on: null,
      recorded_by: actor.id,
      created_at: nowIso(),
    });
    await recordAudit(trx, context, {
      action: "consent.give",
      entity: "consent",
      entityId: id,
      details: { personId, purpose: input.purpose },
    });
  });
  const row = await consents.findConsent(db, actor.centreId, personId, id);
  if (!row) throw notFound("Einwilligung");
  return toConsent(row);
}

export async function withdrawConsent(
  db: Db,
  context: ActorContext,
  personId: string,
  id: string,
  withdrawnOn: string,
) {
  const { actor } = context;
  await db.transaction().execute(async (trx) => {
    const current = await consents.findConsent(trx, actor.centreId, personId, id);
    if (!current) throw notFound("Einwilligung");
    if (current.withdrawn_on) throw conflict("consent_withdrawn", "Die Einwilligung ist bereits widerrufen");
    if (withdrawnOn < current.given_on) throw fieldError("withdrawnOn", say("withdrawn_before_given"));
    await consents.markWithdrawn(trx, actor.centreId, id, withdrawnOn);
    await recordAudit(trx, context, {
      action: "consent.withdraw",
      entity: "consent",
      entityId: id,
      details: { personId, purpose: current.purpose },
    });
  });
  const row = await consents.findConsent(db, actor.centreId, personId, id);
  if (!row) throw notFound("Einwilligung");
  return toConsent(row);
}

// The data other modules read and write through this module (its repository is private to it).
export const findActiveConsent: typeof consents.findActiveConsent = (...args) =>
  consents.findActiveConsent(...args);
export const listConsents: typeof consents.listConsents = (...args) => consents.listConsents(...args);

// The data other modules read and write through this module (its repository is private to it).
export const insertConsent: typeof consents.insertConsent = (...args) => consents.insertConsent(...args);
