import type { ConflictReason, ErrorCode, FieldIssue } from "../../shared/api/errors.ts";
import { statusOfCode } from "../../shared/api/errors.ts";

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
export const validationFailed = (issues: FieldIssue[]) =>
  new ApiError(
    "validation_failed",
    `Ungültige Eingabe: ${issues.map((issue) => issue.path).join(", ")}`,
    issues,
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
      message: `Mehr als ${limit.toLocaleString("de-DE")} Zeilen: bitte die Liste weiter eingrenzen`,
    },
  ]);
