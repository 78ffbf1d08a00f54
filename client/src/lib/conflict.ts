import type { z } from "zod";
import { isApiError } from "./api-error.ts";

function currentOf(details: unknown): unknown {
  return typeof details === "object" && details !== null && "current" in details
    ? details.current
    : undefined;
}

/** A stale `version` answers 409 with the record as it is now; other 409s (rules) carry no `current`. */
export function staleRecordOf<S extends z.ZodType>(error: unknown, schema: S): z.output<S> | null {
  if (!isApiError(error, "conflict")) return null;
  const parsed = schema.safeParse(currentOf(error.details));
  return parsed.success ? parsed.data : null;
}

export function isStaleVersion(error: unknown): boolean {
  return isApiError(error, "conflict") && currentOf(error.details) !== undefined;
}
