import { immediateDueOn, longTermFrom } from "#shared/esf/windows.ts";
import { centreScope } from "../../db/centre-scope.ts";
import type { DbOrTx } from "../../db/database.ts";
import { newId } from "../../lib/ids.ts";
import { nowIso } from "../../lib/time.ts";
import { findPerson } from "../persons/persons.service.ts";
import { completeAutoTask, raiseAutoTask } from "../tasks/tasks.service.ts";

export const immediateTaskKey = (enrolmentId: string) => `esf-immediate:${enrolmentId}`;
export const longTermTaskKey = (enrolmentId: string) => `esf-long-term:${enrolmentId}`;

/**
 * At an ESF+ exit: two tasks on "Meine Aufgaben" for the person's advisor (of the open case, else who
 * recorded the exit): the result upon leaving, due when its four weeks end, and the result six months after,
 * due on that day. Without a case or an advisor there is no one to assign them to; the Datenlücken list
 * shows the missing results all the same.
 */
export async function openEsfResultTasks(
  db: DbOrTx,
  enrolment: { id: string; centreId: string; personId: string; exitedOn: string; createdBy: string | null },
  programmeName: string,
): Promise<void> {
  const person = await findPerson(db, enrolment.centreId, enrolment.personId);
  const caseId = person?.open_case_id ?? (await latestCaseOf(db, enrolment.centreId, enrolment.personId));
  const assigneeId = person?.open_case_advisor_id ?? enrolment.createdBy;
  if (!caseId || !assigneeId) return;
  const now = nowIso();
  const scope = centreScope(db, enrolment.centreId);
  const task = (key: string, title: string, dueOn: string) =>
    raiseAutoTask(scope, {
      id: newId(),
      centre_id: enrolment.centreId,
      case_id: caseId,
      person_id: enrolment.personId,
      title,
      due_on: dueOn,
      assignee_id: assigneeId,
      done_at: null,
      auto_key: key,
      created_by: null,
      created_at: now,
      updated_at: now,
      version: 1,
    });
  await task(
    immediateTaskKey(enrolment.id),
    `ESF Plus ${programmeName}: Ergebnis bei Austritt erfassen`,
    immediateDueOn(enrolment.exitedOn),
  );
  await task(
    longTermTaskKey(enrolment.id),
    `ESF Plus ${programmeName}: Ergebnis sechs Monate nach Austritt erfassen`,
    longTermFrom(enrolment.exitedOn),
  );
}

async function latestCaseOf(db: DbOrTx, centreId: string, personId: string) {
  const row = await centreScope(db, centreId)
    .selectFrom("cases")
    .select("cases.id")
    .where("cases.person_id", "=", personId)
    .orderBy("cases.opened_on", "desc")
    .executeTakeFirst();
  return row?.id ?? null;
}

export const closeEsfResultTask = (db: DbOrTx, centreId: string, key: string) =>
  completeAutoTask(db, centreId, key, nowIso());
