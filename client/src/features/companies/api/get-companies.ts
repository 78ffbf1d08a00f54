import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from "@tanstack/react-query";
import { paths } from "../../../../../shared/api/paths.ts";
import { CompanyPageSchema, CompanySchema } from "../../../../../shared/schemas/company.ts";
import { api } from "../../../lib/api-client.ts";
import { queryRoots } from "../../../lib/query-roots.ts";
import type { CompanyFilters } from "../utils/company-filters.ts";

const PAGE_SIZE = 50;

export const companyQueries = {
  all: queryRoots.companies,
  lists: () => [...companyQueries.all, "list"] as const,
  list: (filters: CompanyFilters) =>
    infiniteQueryOptions({
      queryKey: [...companyQueries.lists(), filters] as const,
      queryFn: ({ pageParam, signal }) =>
        api.get(paths.companies, CompanyPageSchema, {
          signal,
          query: { ...filters, cursor: pageParam, limit: PAGE_SIZE },
        }),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor,
    }),
  details: () => [...companyQueries.all, "detail"] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...companyQueries.details(), id] as const,
      queryFn: ({ signal }) => api.get(paths.company(id), CompanySchema, { signal }),
    }),
};

export function useCompanies(filters: CompanyFilters) {
  return useInfiniteQuery({ ...companyQueries.list(filters), placeholderData: keepPreviousData });
}

export function useCompany(id: string) {
  return useQuery(companyQueries.detail(id));
}
