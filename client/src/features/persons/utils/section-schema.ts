import type { z } from "zod";
import { type Person, personRuleIssues } from "#shared/schemas/person.ts";

/** The cross-field rules, checked like the server does: against the record with the section's changes merged in. */
export function withMergedRules<T extends z.ZodObject>(schema: T, person: Person) {
  const fields = Object.keys(schema.shape);
  return schema.superRefine((value, ctx) => {
    for (const issue of personRuleIssues({ ...person, ...value })) {
      if (fields.includes(issue.path))
        ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
    }
  });
}

export function pickFields<K extends keyof Person>(person: Person, keys: readonly K[]): Pick<Person, K> {
  return Object.fromEntries(keys.map((key) => [key, person[key]])) as Pick<Person, K>;
}
