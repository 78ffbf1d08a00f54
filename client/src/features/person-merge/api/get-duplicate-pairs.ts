import { queryOptions, useQuery } from "@tanstack/react-query";
import { paths } from "../../../../../shared/api/paths.ts";
import { DuplicatePairListSchema } from "../../../../../shared/schemas/person-merge.ts";
import { api } from "../../../lib/api-client.ts";
import { queryRoots } from "../../../lib/query-roots.ts";

export const duplicatePairQueries = {
  list: () =>
    queryOptions({
      queryKey: [...queryRoots.persons, "duplicate-pairs"] as const,
      queryFn: ({ signal }) => api.get(paths.personDuplicatePairs, DuplicatePairListSchema, { signal }),
      select: (list) => list.items,
    }),
};

export const useDuplicatePairs = () => useQuery(duplicatePairQueries.list());
