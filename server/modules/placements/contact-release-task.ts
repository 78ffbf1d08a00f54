import { todayInBerlin } from "#shared/time/calendar.ts";
import { centreScope } from "../../db/centre-scope.ts";
import type { DbOrTx } from "../../db/database.ts";
import { newId } from "../../lib/ids.ts";
import { nowIso } from "../../lib/time.ts";
import { findPerson } from "../persons/persons.service.ts";
import { completeAutoTask, raiseAutoTask } from "../tasks/tasks.service.ts";

const keyOf = (placementId: string) => `contact-release:${placementId}`;

/**
 * After the employer's Zusage: a task for the person's advisor (of the open case, else who proposed)
 * on the person's open case, else on the placement's case. Without a case or an advisor there is no
 * one to assign it to; the board shows the button all the same.
 */
export async function openContactReleaseTask(
  db: DbOrTx,
  placement: {
    id: string;
    centre_id: string;
    person_id: string;
    case_id: string | null;
    proposed_by: string | null;
  },
  names: { company: string; offer: string },
): Promise<void> {
  const person = await findPerson(db, placement.centre_id, placement.person_id);
  const caseId = person?.open_case_id ?? placement.case_id;
  const assigneeId = person?.open_case_advisor_id ?? placement.proposed_by;
  if (!caseId || !assigneeId) return;
  const now = nowIso();
  await raiseAutoTask(centreScope(db, placement.centre_id), {
    id: newId(),
    centre_id: placement.centre_id,
    case_id: caseId,
    person_id: placement.person_id,
    title: `Zusage von ${names.company} für ${names.offer}: Kontakt freigeben`,
    due_on: todayInBerlin(),
    assignee_id: assigneeId,
    done_at: null,
    auto_key: keyOf(placement.id),
    created_by: null,
    created_at: now,
    updated_at: now,
    version: 1,
  });
}

/** Released, declined or cancelled: nothing left to release. */
export const closeContactReleaseTask = (db: DbOrTx, placement: { id: string; centre_id: string }) =>
  completeAutoTask(db, placement.centre_id, keyOf(placement.id), nowIso());
