import { RESIDENCE_PERMIT_WARNING_DAYS } from "#shared/reference/cases.ts";
import { residencePermitTypeNames } from "#shared/reference/residence.ts";
import { addDays, germanDate, todayInBerlin } from "#shared/time/calendar.ts";
import { centreScope } from "../../db/centre-scope.ts";
import type { DbOrTx } from "../../db/database.ts";
import { newId } from "../../lib/ids.ts";
import { nowIso } from "../../lib/time.ts";
import { raiseAutoTask } from "../tasks/tasks.service.ts";
import { type ExpiringResidencePermit, findResidencePermitOfPerson } from "./persons.repository.ts";

/** One task per person and expiry date: the unique auto_key makes a second insert a no-op. */
export async function insertResidencePermitTask(
  db: DbOrTx,
  person: ExpiringResidencePermit,
  today: string,
): Promise<boolean> {
  if (!person.permit_expires_on || !person.open_case_id || !person.open_case_advisor_id) return false;
  const residencePermit = person.permit_type
    ? residencePermitTypeNames[person.permit_type as keyof typeof residencePermitTypeNames]
    : "Aufenthaltstitel";
  const suggestedDue = addDays(person.permit_expires_on, -60);
  const now = nowIso();
  return raiseAutoTask(centreScope(db, person.centre_id), {
    id: newId(),
    centre_id: person.centre_id,
    case_id: person.open_case_id,
    person_id: person.id,
    title: `Aufenthaltstitel läuft am ${germanDate(person.permit_expires_on)} ab (${residencePermit}): Verlängerung klären`,
    due_on: suggestedDue > today ? suggestedDue : today,
    assignee_id: person.open_case_advisor_id,
    done_at: null,
    auto_key: `permit:${person.id}:${person.permit_expires_on}`,
    created_by: null,
    created_at: now,
    updated_at: now,
    version: 1,
  });
}

/** After a person's permit or open case changed. */
export async function ensureResidencePermitTask(
  db: DbOrTx,
  centreId: string,
  personId: string,
): Promise<boolean> {
  const today = todayInBerlin();
  const person = await findResidencePermitOfPerson(
    db,
    centreId,
    personId,
    addDays(today, RESIDENCE_PERMIT_WARNING_DAYS),
  );
  return person ? insertResidencePermitTask(db, person, today) : false;
}
