import type { Insertable } from "kysely";
import type { DbOrTx, PersonsTable } from "../db/database.ts";
import { newId } from "../lib/ids.ts";

const initialOf = (name: string) => name.match(/\p{L}/u)?.[0]?.toLocaleUpperCase("de-DE") ?? "–";

/**
 * One person of another centre offered to the demo advisor's centre (decision 0041), so the incoming list
 * shows an offer to accept or decline on a first start. The person moved and agreed to the transfer.
 */
export async function seedPendingTransfer(
  trx: DbOrTx,
  input: {
    person: Insertable<PersonsTable>;
    toCentreId: string;
    offeredBy: string;
    today: string;
    now: string;
  },
) {
  const { person } = input;
  const consentId = newId();
  await trx
    .insertInto("person_consents")
    .values({
      id: consentId,
      centre_id: person.centre_id,
      person_id: person.id,
      purpose: "centre_transfer",
      given_on: input.today,
      channel: "in_person",
      notice_version: "2026-01",
      withdrawn_on: null,
      recorded_by: input.offeredBy,
      created_at: input.now,
    })
    .execute();
  await trx
    .insertInto("person_transfers")
    .values({
      id: newId(),
      person_id: person.id,
      from_centre_id: person.centre_id,
      to_centre_id: input.toCentreId,
      status: "pending",
      case_id: person.open_case_id,
      consent_id: consentId,
      preview: JSON.stringify({
        initials: `${initialOf(person.given_names)}. ${initialOf(person.family_name)}.`,
        birthYear: Number(person.birth_date.slice(0, 4)),
        concerns: person.open_case_concerns ? JSON.parse(person.open_case_concerns) : [],
      }),
      offered_by: input.offeredBy,
      offered_at: input.now,
      decided_by: null,
      decided_at: null,
      kept_person_id: null,
      version: 1,
    })
    .execute();
}
