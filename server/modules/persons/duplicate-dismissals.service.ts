import { say } from "#shared/api/issue-messages.ts";
import "#shared/api/server-issue-messages.ts";
import type { DuplicateDismiss, DuplicateDismissal } from "#shared/schemas/person-merge.ts";
import type { ActorContext } from "../../app-env.ts";
import { centreScope } from "../../db/centre-scope.ts";
import type { Db } from "../../db/database.ts";
import { fieldError, notFound } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import {
  type DismissalRow,
  deleteDismissal,
  findDismissal,
  findDismissalOfPair,
  insertDismissal,
  listDismissals,
} from "./duplicate-dismissals.repository.ts";
import { findPerson, type PersonRow } from "./persons.repository.ts";

const MAX_LISTED = 200;

const pairPerson = (row: PersonRow) => ({
  id: row.id,
  familyName: row.family_name,
  givenNames: row.given_names,
  birthDate: row.birth_date,
  nationality: row.nationality,
});

async function toDismissal(db: Db, centreId: string, row: DismissalRow): Promise<DuplicateDismissal | null> {
  const [first, second] = await Promise.all([
    findPerson(db, centreId, row.first_person_id),
    findPerson(db, centreId, row.second_person_id),
  ]);
  // A person moved to another centre or anonymised since: the mark has nothing left to show.
  if (!first || !second || first.anonymised_at || second.anonymised_at) return null;
  return {
    id: row.id,
    persons: [pairPerson(first), pairPerson(second)],
    dismissedBy: row.dismissed_by_name ?? null,
    dismissedAt: row.dismissed_at,
  };
}

/**
 * `POST /api/persons/duplicate-pairs/dismissals` (decision 0047): the pair is no duplicate; the duplicates
 * screen of the whole centre lists it no more. Both persons must be the centre's; marking a marked pair again
 * answers the existing mark.
 */
export async function dismissDuplicatePair(
  db: Db,
  context: ActorContext,
  input: DuplicateDismiss,
): Promise<{ dismissal: DuplicateDismissal; created: boolean }> {
  const { centreId } = context.actor;
  const [a, b] = input.personIds;
  if (a === b) throw fieldError("personIds", say("dismiss_same_person"));
  const [first, second] = a < b ? [a, b] : [b, a];
  const id = newId();
  const created = await db.transaction().execute(async (trx) => {
    const scope = centreScope(trx, centreId);
    for (const personId of [first, second]) {
      const person = await findPerson(trx, centreId, personId);
      if (!person || person.anonymised_at) throw notFound("Person");
    }
    const inserted = await insertDismissal(scope, {
      id,
      first_person_id: first,
      second_person_id: second,
      dismissed_by: context.actor.id,
      dismissed_at: nowIso(),
    });
    if (inserted)
      await recordAudit(trx, context, {
        action: "person.duplicate_dismiss",
        entity: "person",
        entityId: first,
        details: { dismissalId: id, personIds: [first, second] },
        personIds: [first, second],
      });
    return inserted;
  });
  const scope = centreScope(db, centreId);
  const row = await findDismissalOfPair(scope, first, second);
  const dismissal = row && (await toDismissal(db, centreId, row));
  if (!dismissal) throw notFound("Person");
  return { dismissal, created };
}

/** `GET /api/persons/duplicate-pairs/dismissals`: the marked pairs, newest first; a read of the persons shown. */
export async function listDuplicateDismissals(db: Db, context: ActorContext): Promise<DuplicateDismissal[]> {
  const { centreId } = context.actor;
  const rows = await listDismissals(centreScope(db, centreId), MAX_LISTED);
  const items = (await Promise.all(rows.map((row) => toDismissal(db, centreId, row)))).filter(
    (item): item is DuplicateDismissal => item !== null,
  );
  if (items.length > 0)
    await context.recordRead({
      action: "person.duplicate_dismissals",
      entity: "person",
      entityId: null,
      personIds: [...new Set(items.flatMap((item) => item.persons.map((person) => person.id)))],
    });
  return items;
}

/** `DELETE /api/persons/duplicate-pairs/dismissals/:id`: takes the mark back; the pair is listed again. */
export async function restoreDuplicatePair(db: Db, context: ActorContext, id: string): Promise<void> {
  const { centreId } = context.actor;
  await db.transaction().execute(async (trx) => {
    const scope = centreScope(trx, centreId);
    const row = await findDismissal(scope, id);
    if (!row || !(await deleteDismissal(scope, id))) throw notFound("Markierung");
    const personIds = [row.first_person_id, row.second_person_id];
    await recordAudit(trx, context, {
      action: "person.duplicate_restore",
      entity: "person",
      entityId: row.first_person_id,
      details: { dismissalId: id, personIds },
      personIds,
    });
  });
}
