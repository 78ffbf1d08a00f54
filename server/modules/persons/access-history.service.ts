import { PERSON_ACCESS_LIMIT, type PersonAccessEntry } from "#shared/schemas/audit.ts";
import type { ActorContext } from "../../app-env.ts";
import { scopeOf } from "../../db/centre-scope.ts";
import type { Db } from "../../db/database.ts";
import { notFound } from "../../lib/errors.ts";
import { newestPersonAccess } from "../audit/person-access.ts";
import * as persons from "./persons.repository.ts";

/**
 * Who saw or changed a person's data (Art. 15: the recipients): every audit entry that names the
 * person — reads, changes, exports, contact releases — with who acted and for which centre or company.
 * Reading it is itself a read of the person, audited before the answer leaves.
 */
export async function listPersonAccessHistory(
  db: Db,
  context: ActorContext,
  personId: string,
): Promise<PersonAccessEntry[]> {
  const person = await persons.findPerson(db, context.actor.centreId, personId);
  if (!person) throw notFound("Person");
  await context.recordRead({ action: "person.access_history", entity: "person", entityId: personId });
  return newestPersonAccess(scopeOf(db, context.actor), personId, PERSON_ACCESS_LIMIT);
}
