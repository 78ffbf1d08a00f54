import { keepPreviousData, queryOptions, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { cursorListQuery } from "#client/lib/cursor-list-query.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import { CompanyPageSchema, CompanySchema } from "#shared/schemas/company.ts";
import type { CompanyFilters } from "../utils/company-filters.ts";

export const companyQueries = {
  all: queryRoots.companies,
  lists: () => [...companyQueries.all, "list"] as const,
  list: (filters: CompanyFilters) =>
    cursorListQuery(
      [...companyQueries.lists(), filters] as const,
      paths.companies,
      CompanyPageSchema,
      filters,
    ),
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
