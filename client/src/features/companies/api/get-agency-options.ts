import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import { AgencyListSchema } from "#shared/schemas/agency.ts";

export const agencyOptionQueries = {
  list: () =>
    queryOptions({
      queryKey: [...queryRoots.agencies, "list", {}] as const,
      queryFn: ({ signal }) => api.get(paths.agencies, AgencyListSchema, { signal, query: {} }),
      select: (list) => list.items,
    }),
};

export function useAgencyOptions() {
  return useQuery(agencyOptionQueries.list());
}
