import { z } from "zod";
import { type ConflictReason, conflictReasons } from "../../../shared/api/errors.ts";
import { isApiError } from "./api-error.ts";

const ConflictDetailsSchema = z.object({ reason: z.enum(conflictReasons), current: z.unknown().optional() });

function conflictDetailsOf(error: unknown) {
  if (!isApiError(error, "conflict")) return null;
  const parsed = ConflictDetailsSchema.safeParse(error.details);
  return parsed.success ? parsed.data : null;
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
export function staleRecordOf<S extends z.ZodType>(error: unknown, schema: S): z.output<S> | null {
  const details = conflictDetailsOf(error);
  if (details?.reason !== "stale_version") return null;
  const parsed = schema.safeParse(details.current);
  return parsed.success ? parsed.data : null;
}
