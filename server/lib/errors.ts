import type { ConflictReason } from "#shared/api/conflict-reasons.ts";
import type { ErrorCode, FieldIssue, RaisedIssue } from "#shared/api/errors.ts";
import { statusOfCode } from "#shared/api/errors.ts";
import { issueOfMessage, say } from "#shared/api/issue-messages.ts";

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.status = statusOfCode[code];
  }
}

export const notFound = (what = "Datensatz") => new ApiError("not_found", `${what} nicht gefunden`);
export const forbidden = (message = "Keine Berechtigung für diese Aktion") =>
  new ApiError("forbidden", message);
export const unauthenticated = (message = "Bitte melden Sie sich an") =>
  new ApiError("unauthenticated", message);
/** Every issue leaves with its code: given, or known from its message, else `invalid`. */
function withCode({ path, message, code, params }: RaisedIssue): FieldIssue {
  const known = code ? { code, params } : (issueOfMessage(message) ?? { code: "invalid" });
  return { path, code: known.code, ...(known.params ? { params: known.params } : {}), message };
}
export const validationFailed = (issues: RaisedIssue[]) =>
  new ApiError(
    "validation_failed",
    `Ungültige Eingabe: ${issues.map((issue) => issue.path).join(", ")}`,
    issues.map(withCode),
  );
export const fieldError = (path: string, message: string) => validationFailed([{ path, message }]);
export const conflict = (reason: ConflictReason, message: string, details: Record<string, unknown> = {}) =>
  new ApiError("conflict", message, { reason, ...details });
export const staleVersion = (current: unknown) =>
  conflict("stale_version", "Der Datensatz wurde inzwischen von jemand anderem geändert", { current });
export const anonymisedPerson = () =>
  conflict("person_anonymised", "Die Person wurde anonymisiert und kann nicht mehr geändert werden");
/** A list export beyond its row limit: the whole filter is the cause, so the issue names no single field. */
export const tooManyRows = (limit: number) =>
  validationFailed([
    {
      path: "",
      message: say("too_many_rows", { count: limit }),
    },
  ]);

/** A closed case takes no new activities or tasks until it is reopened. */
export const caseClosed = () =>
  conflict("case_closed", "Der Fall ist abgeschlossen. Zum Weiterarbeiten den Fall wieder öffnen.");

/** A merged person's id: absent, with the survivor it was merged into (decision 0038). */
export const mergedPerson = (survivorId: string) =>
  new ApiError("not_found", "Die Person wurde mit einer anderen zusammengeführt", { mergedInto: survivorId });
