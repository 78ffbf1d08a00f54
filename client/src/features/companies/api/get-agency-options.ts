import { queryOptions, useQuery } from "@tanstack/react-query";
import { paths } from "../../../../../shared/api/paths.ts";
import { AgencyListSchema } from "../../../../../shared/schemas/agency.ts";
import { api } from "../../../lib/api-client.ts";
import { queryRoots } from "../../../lib/query-roots.ts";

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
