import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import { CaseworkerListSchema } from "#shared/schemas/user.ts";

export const caseworkerQueries = {
  all: queryRoots.caseworkers,
  list: () =>
    queryOptions({
      queryKey: [...caseworkerQueries.all, "list"] as const,
      queryFn: ({ signal }) => api.get(paths.caseworkers, CaseworkerListSchema, { signal }),
      select: (list) => list.items,
    }),
};

export function useCaseworkers() {
  return useQuery(caseworkerQueries.list());
}
