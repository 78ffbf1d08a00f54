import { DOCUMENT_WARNING_DAYS } from "#shared/schemas/document.ts";
import { addDays, todayInBerlin } from "#shared/time/calendar.ts";
import { centreScope } from "../../db/centre-scope.ts";
import { crossCentre } from "../../db/cross-centre.ts";
import type { DbOrTx } from "../../db/database.ts";
import { insertDocumentTask } from "./document-tasks.ts";

/** System job over all centres (hourly, with the permit sweep): documents enter the window by time passing. */
export async function sweepExpiringDocuments(db: DbOrTx, today = todayInBerlin()): Promise<number> {
  const candidates = await crossCentre(db, "background-job")
    .selectFrom("documents")
    .innerJoin("persons", "persons.id", "documents.person_id")
    .select([
      "documents.id",
      "documents.centre_id",
      "documents.person_id",
      "documents.type",
      "documents.valid_until",
      "persons.open_case_id",
      "persons.open_case_advisor_id",
    ])
    .where("documents.status", "=", "ready")
    .where("documents.valid_until", ">=", addDays(today, -30))
    .where("documents.valid_until", "<=", addDays(today, DOCUMENT_WARNING_DAYS))
    .where("persons.open_case_advisor_id", "is not", null)
    .execute();
  let created = 0;
  for (const document of candidates)
    if (await insertDocumentTask(centreScope(db, document.centre_id), document, today)) created++;
  return created;
}
