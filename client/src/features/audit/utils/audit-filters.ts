import { z } from "zod";
import { AuditListQuerySchema } from "../../../../../shared/schemas/audit.ts";

export const auditFilterNames = ["action", "entity", "userId", "from", "to"] as const;
export type AuditFilterName = (typeof auditFilterNames)[number];
export type AuditFilters = Partial<Record<AuditFilterName, string>>;

export const AuditFiltersSchema = AuditListQuerySchema.pick({
  action: true,
  entity: true,
  userId: true,
  from: true,
  to: true,
}).refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
  path: ["to"],
  error: "„Bis“ darf nicht vor „Von“ liegen",
});

const FilterValueSchema = z.string().trim().min(1).max(100);

export function auditFiltersFrom(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const name of auditFilterNames) {
    const value = FilterValueSchema.safeParse(params.get(name));
    if (value.success) filters[name] = value.data;
  }
  return filters;
}

export function auditFiltersToParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of auditFilterNames) {
    const value = filters[name]?.trim();
    if (value) params.set(name, value);
  }
  return params;
}
