import type { output, ZodType } from "zod";
import * as z from "zod/mini";
import { type ConflictReason, conflictReasons } from "../../../shared/api/errors.ts";
import { isApiError } from "./api-error.ts";

/** Mini, like the error envelope: every page's error handling reads it (decision 0045). */
const ConflictDetailsSchema = z.object({ reason: z.enum(conflictReasons), current: z.optional(z.unknown()) });

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
export function staleRecordOf<S extends ZodType>(error: unknown, schema: S): output<S> | null {
  const details = conflictDetailsOf(error);
  if (details?.reason !== "stale_version") return null;
  const parsed = schema.safeParse(details.current);
  return parsed.success ? parsed.data : null;
}
