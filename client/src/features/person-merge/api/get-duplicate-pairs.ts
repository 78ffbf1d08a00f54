import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import { DuplicatePairListSchema } from "#shared/schemas/person-merge.ts";

export const duplicatePairQueries = {
  list: () =>
    queryOptions({
      queryKey: [...queryRoots.persons, "duplicate-pairs"] as const,
      queryFn: ({ signal }) => api.get(paths.personDuplicatePairs, DuplicatePairListSchema, { signal }),
      select: (list) => list.items,
    }),
};

export const useDuplicatePairs = () => useQuery(duplicatePairQueries.list());
