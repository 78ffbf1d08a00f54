import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { paths } from "../../../../../shared/api/paths.ts";
import { AuditPageSchema } from "../../../../../shared/schemas/audit.ts";
import { api } from "../../../lib/api-client.ts";
import type { AuditFilters } from "../utils/audit-filters.ts";

const PAGE_SIZE = 50;

export const auditQueries = {
  all: ["audit"] as const,
  list: (filters: AuditFilters) =>
    infiniteQueryOptions({
      queryKey: [...auditQueries.all, "list", filters] as const,
      queryFn: ({ pageParam, signal }) =>
        api.get(paths.audit, AuditPageSchema, {
          signal,
          query: { ...filters, cursor: pageParam, limit: PAGE_SIZE },
        }),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor,
      staleTime: 0,
    }),
};

export function useAuditLog(filters: AuditFilters) {
  return useInfiniteQuery({ ...auditQueries.list(filters), placeholderData: keepPreviousData });
}
