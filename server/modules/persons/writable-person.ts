import { say } from "#shared/api/issue-messages.ts";
import type { DbOrTx } from "../../db/database.ts";
import { anonymisedPerson, fieldError } from "../../lib/errors.ts";
import { findPerson, type PersonRow } from "./persons.repository.ts";

/**
 * The person a new record (case, placement, enrolment, appointment) is for: of the actor's centre, else
 * 422 naming `personId`; not anonymised, else 409 `person_anonymised` — nothing new is recorded about an
 * erased person (Art. 17), just as nothing below `/persons/:id` changes.
 */
export async function requireWritablePerson(
  db: DbOrTx,
  centreId: string,
  personId: string,
): Promise<PersonRow> {
  const person = await findPerson(db, centreId, personId);
  if (!person) throw fieldError("personId", say("unknown_person"));
  if (person.anonymised_at) throw anonymisedPerson();
  return person;
}
