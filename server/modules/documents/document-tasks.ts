import { DOCUMENT_WARNING_DAYS, type DocumentType, documentTypeNames } from "#shared/schemas/document.ts";
import { addDays, germanDate, todayInBerlin } from "#shared/time/calendar.ts";
import type { CentreScope } from "../../db/centre-scope.ts";
import { newId } from "../../lib/ids.ts";
import { nowIso } from "../../lib/time.ts";
import { raiseAutoTask } from "../tasks/tasks.service.ts";
import { personWithOpenCase } from "./documents.repository.ts";

export type ExpiringDocument = {
  id: string;
  person_id: string;
  type: string;
  valid_until: string | null;
  open_case_id: string | null;
  open_case_advisor_id: string | null;
};

/** One task per document and validity date, on the person's open case, like the permit expiry task. */
export async function insertDocumentTask(scope: CentreScope, document: ExpiringDocument, today: string) {
  const { valid_until: validUntil, open_case_id: caseId, open_case_advisor_id: advisorId } = document;
  if (!validUntil || !caseId || !advisorId) return false;
  if (validUntil > addDays(today, DOCUMENT_WARNING_DAYS)) return false;
  const name = documentTypeNames[document.type as DocumentType] ?? "Dokument";
  const suggestedDue = addDays(validUntil, -60);
  const now = nowIso();
  return raiseAutoTask(scope, {
    id: newId(),
    centre_id: scope.centreId,
    case_id: caseId,
    person_id: document.person_id,
    title: `${name} gültig bis ${germanDate(validUntil)}: neues Dokument anfordern`,
    due_on: suggestedDue > today ? suggestedDue : today,
    assignee_id: advisorId,
    done_at: null,
    auto_key: `document:${document.id}:${validUntil}`,
    created_by: null,
    created_at: now,
    updated_at: now,
    version: 1,
  });
}

/** After an upload: a document already inside the warning window gets its task at once. */
export async function ensureDocumentTask(
  scope: CentreScope,
  document: Pick<ExpiringDocument, "id" | "person_id" | "type" | "valid_until">,
) {
  if (!document.valid_until) return false;
  const person = await personWithOpenCase(scope, document.person_id);
  if (!person) return false;
  return insertDocumentTask(
    scope,
    { ...document, open_case_id: person.open_case_id, open_case_advisor_id: person.open_case_advisor_id },
    todayInBerlin(),
  );
}
