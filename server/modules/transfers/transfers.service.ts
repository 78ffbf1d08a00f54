import { say } from "#shared/api/issue-messages.ts";
import type { ActorContext } from "../../app-env.ts";
import "#shared/api/server-issue-messages.ts";
import type { Concern } from "#shared/reference/cases.ts";
import {
  type Transfer,
  type TransferCreate,
  type TransferListQuery,
  type TransferPreview,
  TransferPreviewSchema,
  type TransferStatus,
} from "#shared/schemas/transfer.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import { centreScope } from "../../db/centre-scope.ts";
import type { Db, DbOrTx } from "../../db/database.ts";
import { anonymisedPerson, conflict, fieldError, notFound, staleVersion } from "../../lib/errors.ts";
import { newId } from "../../lib/ids.ts";
import { nowIso } from "../../lib/time.ts";
import { initialsOf } from "../appointments/calendar-entries.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { insertConsent } from "../consents/consents.service.ts";
import { findPerson } from "../persons/persons.service.ts";
import * as transfers from "./transfers.cross-centre.ts";

const CONSENT_PURPOSE = "centre_transfer";

/** The person's id only while the viewer's centre holds them: the giving centre until acceptance, then the receiving one. */
export function toTransfer(row: transfers.TransferRow, centreId: string): Transfer {
  const direction = row.to_centre_id === centreId ? "incoming" : "outgoing";
  const holds = direction === "incoming" ? row.status === "accepted" : row.status !== "accepted";
  return {
    id: row.id,
    direction,
    status: row.status as TransferStatus,
    personId: holds ? row.person_id : null,
    fromCentreId: row.from_centre_id,
    fromCentreName: row.from_centre_name,
    toCentreId: row.to_centre_id,
    toCentreName: row.to_centre_name,
    offeredAt: row.offered_at,
    offeredByName: row.offered_by_name,
    decidedAt: row.decided_at,
    decidedByName: row.decided_by_name,
    preview: row.preview ? TransferPreviewSchema.parse(JSON.parse(row.preview)) : null,
    version: row.version,
  };
}

const previewOf = (person: {
  given_names: string;
  family_name: string;
  birth_date: string;
  open_case_concerns: string | null;
}): TransferPreview => ({
  initials: initialsOf({ ...person, anonymised_at: null }) ?? "–",
  birthYear: Number(person.birth_date.slice(0, 4)),
  concerns: person.open_case_concerns ? (JSON.parse(person.open_case_concerns) as Concern[]) : [],
});

async function requireTransfer(db: DbOrTx, context: ActorContext, id: string) {
  const row = await transfers.findTransferOf(db, context.actor.centreId, id);
  if (!row) throw notFound("Übergabe");
  return row;
}

const transferOf = async (db: DbOrTx, context: ActorContext, id: string) =>
  toTransfer(await requireTransfer(db, context, id), context.actor.centreId);

export async function offerTransfer(
  db: Db,
  context: ActorContext,
  personId: string,
  input: TransferCreate,
): Promise<Transfer> {
  const { actor } = context;
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const person = await findPerson(trx, actor.centreId, personId);
    if (!person) throw notFound("Person");
    if (person.anonymised_at) throw anonymisedPerson();
    const centre = await transfers.findCentre(trx, input.toCentreId);
    if (!centre) throw fieldError("toCentreId", say("transfer_unknown_centre"));
    if (centre.id === actor.centreId) throw fieldError("toCentreId", say("transfer_same_centre"));
    if (await transfers.pendingTransferOf(trx, personId))
      throw conflict("transfer_pending", "Für diese Person ist schon eine Übergabe angeboten");
    const now = nowIso();
    const consentId = newId();
    await insertConsent(centreScope(trx, actor.centreId), {
      id: consentId,
      centre_id: actor.centreId,
      person_id: personId,
      purpose: CONSENT_PURPOSE,
      given_on: input.consent.givenOn,
      channel: input.consent.channel,
      notice_version: input.consent.noticeVersion,
      withdrawn_on: null,
      recorded_by: actor.id,
      created_at: now,
    });
    await transfers.insertTransfer(trx, {
      id,
      person_id: personId,
      from_centre_id: actor.centreId,
      to_centre_id: centre.id,
      status: "pending",
      case_id: person.open_case_id,
      consent_id: consentId,
      preview: JSON.stringify(previewOf(person)),
      offered_by: actor.id,
      offered_at: now,
      decided_by: null,
      decided_at: null,
      kept_person_id: null,
      version: 1,
    });
    await recordAudit(trx, context, {
      action: "transfer.offer",
      entity: "transfer",
      entityId: id,
      details: { personId, toCentreId: centre.id, consentId },
    });
    await recordAudit(trx, context, {
      action: "transfer.offer",
      entity: "transfer",
      entityId: id,
      centreId: centre.id,
      details: { fromCentreId: actor.centreId },
    });
  });
  return transferOf(db, context, id);
}

export async function listTransfers(db: Db, context: ActorContext, query: TransferListQuery) {
  const rows = await transfers.listTransfersOf(db, context.actor.centreId, query);
  const items = rows.map((row) => toTransfer(row, context.actor.centreId));
  await context.recordRead({
    action: "transfer.list",
    entity: "transfer",
    entityId: null,
    details: { query, returned: items.length },
    personIds: rows.map((row) => row.person_id),
  });
  return { items };
}

type Decision = "accept" | "decline" | "cancel";
const statusAfter: Record<Decision, TransferStatus> = {
  accept: "accepted",
  decline: "declined",
  cancel: "cancelled",
};

/** Accept and decline are the receiving centre's, cancel the giving one's; to anyone else the transfer is not there. */
function assertDecides(row: transfers.TransferRow, centreId: string, decision: Decision, version: number) {
  const side = decision === "cancel" ? row.from_centre_id : row.to_centre_id;
  if (side !== centreId) throw notFound("Übergabe");
  if (row.status !== "pending")
    throw conflict("transfer_decided", "Über diese Übergabe ist schon entschieden", {
      status: row.status,
    });
  if (row.version !== version) throw staleVersion(toTransfer(row, centreId));
}

export async function decideTransfer(
  db: Db,
  context: ActorContext,
  id: string,
  decision: Decision,
  version: number,
): Promise<Transfer> {
  const { actor } = context;
  await db.transaction().execute(async (trx) => {
    const row = await requireTransfer(trx, context, id);
    assertDecides(row, actor.centreId, decision, version);
    const now = nowIso();
    const keptId = decision === "accept" ? newId() : null;
    if (keptId) {
      const person = await transfers.findPersonToMove(trx, row.person_id, row.from_centre_id);
      if (!person) throw conflict("transfer_decided", "Die Person ist nicht mehr zu übergeben");
      await transfers.movePerson(trx, person, {
        personId: row.person_id,
        keptId,
        from: row.from_centre_id,
        to: row.to_centre_id,
        openCaseId: person.open_case_id,
        advisorId: actor.id,
        now,
        today: todayInBerlin(),
      });
    }
    const decided = await transfers.decideTransfer(trx, id, version, {
      status: statusAfter[decision],
      decided_by: actor.id,
      decided_at: now,
      ...(keptId ? { kept_person_id: keptId } : {}),
    });
    if (!decided) throw staleVersion(toTransfer(row, actor.centreId));
    const holder = decision === "accept" ? row.to_centre_id : row.from_centre_id;
    for (const centreId of [row.from_centre_id, row.to_centre_id]) {
      const personId = centreId === holder ? row.person_id : centreId === row.from_centre_id ? keptId : null;
      await recordAudit(trx, context, {
        action: `transfer.${decision}`,
        entity: "transfer",
        entityId: id,
        centreId,
        details: { fromCentreId: row.from_centre_id, toCentreId: row.to_centre_id },
        personIds: personId ? [personId] : [],
      });
    }
  });
  return transferOf(db, context, id);
}
