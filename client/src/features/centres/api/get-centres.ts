import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import { CentreListSchema } from "#shared/schemas/centre.ts";

export const centreQueries = {
  all: ["centres"] as const,
  list: () =>
    queryOptions({
      queryKey: [...centreQueries.all, "list"] as const,
      queryFn: ({ signal }) => api.get(paths.centres, CentreListSchema, { signal }),
      select: (list) => list.items,
    }),
};

export function useCentres() {
  return useQuery(centreQueries.list());
}
