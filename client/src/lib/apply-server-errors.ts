import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { isIssueCode, rememberIssue } from "#shared/api/issue-messages.ts";
import { isApiError, type ReceivedIssue } from "./api-error.ts";
import { SERVER_ERROR_TYPE } from "./field-error-text.ts";

/** From here on the server's message stands for its code and params, as one made by the shared `say` does. */
export function rememberServerIssue(issue: ReceivedIssue): void {
  if (issue.code && isIssueCode(issue.code)) rememberIssue(issue.message, issue.code, issue.params);
}

/** Puts the server's field issues under their fields; answers whether any field matched. */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): boolean {
  if (!isApiError(error, "validation_failed")) return false;
  let matched = false;
  for (const issue of error.fieldIssues) {
    const field = fields.find((name) => name === issue.path || issue.path.startsWith(`${name}.`));
    if (!field) continue;
    rememberServerIssue(issue);
    setError(field, { type: SERVER_ERROR_TYPE, message: issue.message });
    matched = true;
  }
  return matched;
}
