import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import { CompanySummaryListSchema } from "#shared/schemas/company.ts";

export const companyQueries = {
  all: ["companies"] as const,
  list: () =>
    queryOptions({
      queryKey: [...companyQueries.all, "list"] as const,
      queryFn: ({ signal }) => api.get(paths.companies, CompanySummaryListSchema, { signal }),
      select: (list) => list.items,
    }),
};

export function useCompanies(enabled: boolean) {
  return useQuery({ ...companyQueries.list(), enabled });
}
