import type { AnonymiseRequest, LegalHold } from "#shared/schemas/anonymisation.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import type { ActorContext } from "../../app-env.ts";
import { type CentreScope, centreScope } from "../../db/centre-scope.ts";
import type { Db } from "../../db/database.ts";
import { conflict, notFound } from "../../lib/errors.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { deleteDocumentsOfPerson } from "../documents/documents.service.ts";
import * as repository from "./anonymise.repository.ts";
import { scrubAuditDetails } from "./audit-scrub.ts";
import { legalHoldsOf } from "./legal-hold.ts";

export type AnonymiseOutcome =
  | { status: "anonymised" }
  | { status: "legal_hold"; holds: LegalHold[] }
  | { status: "not_found" }
  | { status: "version_conflict" };

export type AnonymiseOptions = {
  reason: string;
  /** null = the retention job; the audit entry says so. */
  actorUserId: string | null;
  expectedVersion?: number;
  today: string;
  requestId?: string;
  ip?: string | null;
};

/**
 * Art. 17 by anonymisation (docs/decisions/0027-erasure-by-anonymisation.md): irreversible, refused while a
 * legal hold applies, one transaction with its audit entry. A person already anonymised stays so (no write).
 */
export async function anonymisePerson(
  scope: CentreScope,
  personId: string,
  options: AnonymiseOptions,
): Promise<AnonymiseOutcome> {
  return scope.transaction(async (tx) => {
    const person = await repository.findPersonForAnonymisation(tx, personId);
    if (!person) return { status: "not_found" };
    if (options.expectedVersion !== undefined && options.expectedVersion !== person.version)
      return { status: "version_conflict" };
    if (person.anonymised_at) return { status: "anonymised" };
    const holds = await legalHoldsOf(tx, personId, options.today);
    if (holds.length > 0) return { status: "legal_hold", holds };
    const now = nowIso();
    if (!(await repository.anonymiseProfile(tx, person, now))) return { status: "version_conflict" };
    const caseIds = await repository.caseIdsOf(tx, personId);
    const activityIds = await repository.anonymiseRecords(tx, personId);
    await deleteDocumentsOfPerson(tx, personId);
    for (const row of await repository.auditRowsAbout(tx, personId, [...caseIds, ...activityIds])) {
      if (row.details === null) continue;
      const scrubbed = scrubAuditDetails(row.details);
      if (scrubbed !== row.details) await repository.replaceAuditDetails(tx, row.id, scrubbed);
    }
    await repository.deleteCachedResponsesNaming(tx, [personId, ...caseIds, ...activityIds]);
    const actor = options.actorUserId ? await repository.findActor(tx, options.actorUserId) : undefined;
    await recordAudit(
      tx.db,
      { actor: null, requestId: options.requestId ?? "retention", ip: options.ip ?? null },
      {
        action: "person.anonymise",
        entity: "person",
        entityId: personId,
        centreId: tx.centreId,
        subject: actor
          ? { id: actor.id, email: actor.email, role: actor.role }
          : { id: null, email: "retention-job", role: null },
        details: { reason: options.reason, by: actor ? "user" : "retention_job" },
      },
    );
    return { status: "anonymised" };
  });
}

/** `POST /api/persons/:id/anonymise` for the signed-in advisor: the outcome as the API's 404 / 409 answers. */
export async function anonymiseOnRequest(
  db: Db,
  context: ActorContext,
  id: string,
  { version, reason }: AnonymiseRequest,
): Promise<void> {
  const outcome = await anonymisePerson(centreScope(db, context.actor.centreId), id, {
    reason,
    actorUserId: context.actor.id,
    expectedVersion: version,
    today: todayInBerlin(),
    requestId: context.requestId,
    ip: context.ip,
  });
  if (outcome.status === "not_found") throw notFound("Person");
  if (outcome.status === "version_conflict")
    throw conflict("stale_version", "Der Datensatz wurde inzwischen von jemand anderem geändert");
  if (outcome.status === "legal_hold")
    throw conflict("legal_hold", "Die Person unterliegt einer gesetzlichen Aufbewahrungspflicht", {
      holds: outcome.holds,
    });
}
