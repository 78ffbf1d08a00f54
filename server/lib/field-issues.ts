import type { z } from "zod";
import type { FieldIssue } from "#shared/api/errors.ts";
import { issueOfMessage, say } from "#shared/api/issue-messages.ts";

/** A zod check without a message of ours keeps zod's code, with its bound as `count` (too_small, too_big). */
function zodIssue(issue: z.core.$ZodIssue): Pick<FieldIssue, "code" | "params"> {
  const bound = "minimum" in issue ? issue.minimum : "maximum" in issue ? issue.maximum : undefined;
  return typeof bound === "number" || typeof bound === "bigint"
    ? { code: issue.code, params: { count: Number(bound) } }
    : { code: issue.code };
}

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join(".") || "(body)";
    if (issue.code === "unrecognized_keys") {
      return { path: issue.keys.join(", "), code: "unknown_field", message: say("unknown_field") };
    }
    return { path, ...(issueOfMessage(issue.message) ?? zodIssue(issue)), message: issue.message };
  });
}

/**
 * PostgreSQL cannot store U+0000 in text (the query fails: a 500), and no real input contains it:
 * the path of the first string (or key) holding one, else null. Iterative, as bodies may nest deeply.
 */
export function nulCharacterAt(value: unknown): string | null {
  type Step = { item: unknown; key: string; parent: Step | null };
  const pathOf = (step: Step) => {
    const keys: string[] = [];
    for (let at: Step | null = step; at?.parent; at = at.parent) keys.unshift(at.key);
    return keys.join(".") || "(body)";
  };
  const pending: Step[] = [{ item: value, key: "", parent: null }];
  for (let step = pending.pop(); step; step = pending.pop()) {
    const { item } = step;
    if (typeof item === "string") {
      if (item.includes("\u0000")) return pathOf(step);
    } else if (typeof item === "object" && item !== null) {
      for (const [key, child] of Object.entries(item)) {
        const next = { item: child, key, parent: step };
        if (key.includes("\u0000")) return pathOf(next);
        pending.push(next);
      }
    }
  }
  return null;
}
