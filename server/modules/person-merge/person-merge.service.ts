import { say } from "#shared/api/issue-messages.ts";
import type { ActorContext } from "../../app-env.ts";
import "#shared/api/server-issue-messages.ts";
import type { Person } from "#shared/schemas/person.ts";
import { personRuleIssues } from "#shared/schemas/person.ts";
import type { PersonMerge } from "#shared/schemas/person-merge.ts";
import { centreScope } from "../../db/centre-scope.ts";
import type { Db } from "../../db/database.ts";
import { updateOwned } from "../../db/scoped.ts";
import {
  anonymisedPerson,
  conflict,
  fieldError,
  notFound,
  staleVersion,
  validationFailed,
} from "../../lib/errors.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { refreshGermanSummary } from "../language/language.service.ts";
import { personColumns, toPerson } from "../persons/person-mapping.ts";
import * as persons from "../persons/persons.service.ts";
import { ensureResidencePermitTask } from "../persons/residence-permit-tasks.ts";
import {
  copyAuditLinks,
  countOpenCases,
  moveRecords,
  moveSingleRows,
  replaceByPointer,
  sharedActiveProgrammes,
} from "./person-merge.repository.ts";

/** Both rows locked in id order, so two merges of the same pair wait for each other instead of deadlocking. */
async function lockBoth(db: Db, centreId: string, ids: string[]) {
  for (const id of [...ids].sort())
    await updateOwned(db, "persons", centreId)
      .set((eb) => ({ version: eb.ref("persons.version") }))
      .where("persons.id", "=", id)
      .execute();
}

/**
 * Merges `input.mergedId` into `survivorId` in one transaction: the chosen fields, then every case (with its
 * timeline), task, language entry, consent, placement, enrolment, document and appointment move to the survivor;
 * the merged row is replaced by a pointer. Refused while both have an open case or an active enrolment in the
 * same programme — an advisor decides those first.
 */
export async function mergePersons(
  db: Db,
  context: ActorContext,
  survivorId: string,
  input: PersonMerge,
): Promise<Person> {
  const { actor } = context;
  const { centreId } = actor;
  if (input.mergedId === survivorId) throw fieldError("mergedId", say("merge_same_person"));
  await db.transaction().execute(async (trx) => {
    const scope = centreScope(trx, centreId);
    await lockBoth(trx, centreId, [survivorId, input.mergedId]);
    const survivorRow = await persons.findPerson(trx, centreId, survivorId);
    const mergedRow = await persons.findPerson(trx, centreId, input.mergedId);
    if (!survivorRow || !mergedRow) throw notFound("Person");
    if (survivorRow.anonymised_at || mergedRow.anonymised_at) throw anonymisedPerson();
    const survivor = toPerson(survivorRow);
    const merged = toPerson(mergedRow);
    if (survivor.version !== input.version) throw staleVersion(survivor);
    if (merged.version !== input.mergedVersion) throw staleVersion(merged);
    if ((await countOpenCases(scope, [survivorId, input.mergedId])) > 1)
      throw conflict(
        "open_case_exists",
        "Beide Personen haben einen offenen Fall: bitte erst einen abschließen",
      );
    const programmes = await sharedActiveProgrammes(scope, input.mergedId, survivorId);
    if (programmes.length > 0)
      throw conflict("already_enrolled", "Beide Personen nehmen am selben Programm teil", {
        programmeIds: programmes.map((programme) => programme.programme_id),
      });
    const chosen = {
      ...survivor,
      ...Object.fromEntries(input.takeFromMerged.map((field) => [field, merged[field]])),
    };
    const issues = personRuleIssues(chosen);
    if (issues.length > 0) throw validationFailed(issues);
    const moved = await moveRecords(scope, merged.id, survivor.id);
    await moveSingleRows(scope, merged.id, survivor.id);
    await copyAuditLinks(scope, merged.id, survivor.id);
    const withOpenCase = survivorRow.open_case_id ? survivorRow : mergedRow;
    const now = nowIso();
    const updated = await persons.updatePersonIfVersion(trx, centreId, survivorId, input.version, {
      ...personColumns(chosen),
      external_id: survivorRow.external_id ?? mergedRow.external_id ?? null,
      open_case_id: withOpenCase.open_case_id,
      open_case_status: withOpenCase.open_case_status,
      open_case_advisor_id: withOpenCase.open_case_advisor_id,
      open_case_concerns: withOpenCase.open_case_concerns,
      updated_at: now,
    });
    if (!updated) throw staleVersion(survivor);
    await persons.forgetDuplicateDismissals(scope, merged.id);
    if (!(await replaceByPointer(scope, merged, survivor.id, actor.id, now))) throw staleVersion(merged);
    await persons.refreshSupportSpan(trx, centreId, survivorId);
    await refreshGermanSummary(trx, centreId, survivorId);
    await ensureResidencePermitTask(trx, centreId, survivorId);
    await recordAudit(trx, context, {
      action: "person.merge",
      entity: "person",
      entityId: survivorId,
      details: { survivorId, mergedId: merged.id, takeFromMerged: input.takeFromMerged, moved },
      personIds: [survivorId, merged.id],
    });
  });
  const row = await persons.findPerson(db, centreId, survivorId);
  if (!row) throw notFound("Person");
  return toPerson(row);
}
