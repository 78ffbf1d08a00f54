import { type Role, RoleSchema } from "#shared/auth/roles.ts";

export type ActiveFilter = "true" | "false";
export type UserFilters = { q?: string; role?: Role; active?: ActiveFilter };

export function userFiltersFrom(params: URLSearchParams): UserFilters {
  const filters: UserFilters = {};
  const q = params.get("q")?.trim();
  if (q) filters.q = q;
  const role = RoleSchema.safeParse(params.get("role"));
  if (role.success) filters.role = role.data;
  const active = params.get("active");
  if (active === "true" || active === "false") filters.active = active;
  return filters;
}
