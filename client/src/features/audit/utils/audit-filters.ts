import { z } from "zod";
import { say } from "#shared/api/issue-messages.ts";
import { AuditListQuerySchema } from "#shared/schemas/audit.ts";

export const auditFilterNames = ["action", "entity", "kind", "personId", "userId", "from", "to"] as const;
export type AuditFilterName = (typeof auditFilterNames)[number];

const AuditFilterFieldsSchema = AuditListQuerySchema.pick({
  action: true,
  entity: true,
  kind: true,
  personId: true,
  userId: true,
  from: true,
  to: true,
});
export type AuditFilters = z.infer<typeof AuditFilterFieldsSchema>;

export const AuditFiltersSchema = AuditFilterFieldsSchema.refine(
  (filters) => !filters.from || !filters.to || filters.from <= filters.to,
  { path: ["to"], error: say("date_range") },
);

const FilterValueSchema = z.string().trim().min(1).max(100);

/** The filters in the address; a value the server would refuse is left out rather than shown as an error. */
export function auditFiltersFrom(params: URLSearchParams): AuditFilters {
  const filters: Record<string, string> = {};
  for (const name of auditFilterNames) {
    const value = FilterValueSchema.safeParse(params.get(name));
    if (value.success && AuditFilterFieldsSchema.shape[name].safeParse(value.data).success)
      filters[name] = value.data;
  }
  return AuditFilterFieldsSchema.parse(filters);
}

export function auditFiltersToParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of auditFilterNames) {
    const value = filters[name]?.trim();
    if (value) params.set(name, value);
  }
  return params;
}
