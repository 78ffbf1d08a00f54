import type { output, ZodType } from "zod";
import { type ConflictReason, conflictReasons } from "#shared/api/conflict-reasons.ts";
import { isApiError } from "./api-error.ts";

type ConflictDetails = { reason: ConflictReason; current?: unknown };

/** Read without zod: every page's error texts ask for it, the sign-in page's too (decision 0045). */
function conflictDetailsOf(error: unknown): ConflictDetails | null {
  if (!isApiError(error, "conflict") || typeof error.details !== "object" || error.details === null)
    return null;
  const { reason, current } = error.details as { reason?: unknown; current?: unknown };
  const known = conflictReasons.find((candidate) => candidate === reason);
  return known ? { reason: known, current } : null;
}

export function conflictReasonOf(error: unknown): ConflictReason | null {
  return conflictDetailsOf(error)?.reason ?? null;
}

export type ConflictMessageKey = `errors.conflicts.${ConflictReason}`;

/** Each 409 says why in `details.reason`; one without a known reason falls back to the generic code text. */
export function conflictMessageKey(error: unknown): ConflictMessageKey | null {
  const reason = conflictReasonOf(error);
  return reason ? `errors.conflicts.${reason}` : null;
}

export function isStaleVersion(error: unknown): boolean {
  return conflictReasonOf(error) === "stale_version";
}

/** A stale `version` answers 409 with the record as it is now. */
export function staleRecordOf<S extends ZodType>(error: unknown, schema: S): output<S> | null {
  const details = conflictDetailsOf(error);
  if (details?.reason !== "stale_version") return null;
  const parsed = schema.safeParse(details.current);
  return parsed.success ? parsed.data : null;
}
