import type { PersonAgency } from "#shared/schemas/agency.ts";
import type { ActorContext } from "../../app-env.ts";
import type { Db } from "../../db/database.ts";
import { notFound } from "../../lib/errors.ts";
import { agencyOfPerson, linkPersonToAgency } from "../agencies/agencies.service.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { findPerson } from "./persons.repository.ts";

async function requirePersonOfCentre(db: Db, centreId: string, personId: string) {
  if (!(await findPerson(db, centreId, personId))) throw notFound("Person");
}

export async function getPersonAgency(
  db: Db,
  context: ActorContext,
  personId: string,
): Promise<PersonAgency> {
  const { centreId } = context.actor;
  await requirePersonOfCentre(db, centreId, personId);
  const agency = await agencyOfPerson(db, centreId, personId);
  await context.recordRead({ action: "agency.person.read", entity: "person", entityId: personId });
  return { personId, agency };
}

export async function setPersonAgency(
  db: Db,
  context: ActorContext,
  personId: string,
  agencyId: string | null,
): Promise<PersonAgency> {
  const { centreId } = context.actor;
  await db.transaction().execute(async (trx) => {
    await requirePersonOfCentre(trx, centreId, personId);
    await linkPersonToAgency(trx, centreId, personId, agencyId);
    await recordAudit(trx, context, {
      action: "person.agency",
      entity: "person",
      entityId: personId,
      details: { agencyId },
    });
  });
  return getPersonAgency(db, context, personId);
}
