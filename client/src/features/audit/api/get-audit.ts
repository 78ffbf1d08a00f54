import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { cursorListQuery } from "#client/lib/cursor-list-query.ts";
import { paths } from "#shared/api/paths.ts";
import { AuditPageSchema } from "#shared/schemas/audit.ts";
import type { AuditFilters } from "../utils/audit-filters.ts";

export const auditQueries = {
  all: ["audit"] as const,
  list: (filters: AuditFilters) =>
    infiniteQueryOptions({
      ...cursorListQuery(
        [...auditQueries.all, "list", filters] as const,
        paths.audit,
        AuditPageSchema,
        filters,
      ),
      staleTime: 0,
    }),
};

export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({ ...auditQueries.list(filters), placeholderData: keepPreviousData });
}
