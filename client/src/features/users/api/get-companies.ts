import { queryOptions, useQuery } from "@tanstack/react-query";
import { paths } from "../../../../../shared/api/paths.ts";
import { CompanySummaryListSchema } from "../../../../../shared/schemas/company.ts";
import { api } from "../../../lib/api-client.ts";

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
