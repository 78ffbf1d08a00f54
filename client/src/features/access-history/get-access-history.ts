import { queryOptions, useQuery } from "@tanstack/react-query";
import { paths } from "#shared/api/paths.ts";
import { PersonAccessHistorySchema } from "#shared/schemas/audit.ts";
import { api } from "../../lib/api-client.ts";
import { personQueries } from "../persons/api/get-persons.ts";

export const accessHistoryQueries = {
  list: (personId: string) =>
    queryOptions({
      queryKey: [...personQueries.all, "access-history", personId] as const,
      queryFn: ({ signal }) =>
        api.get(paths.personAccessHistory(personId), PersonAccessHistorySchema, { signal }),
      select: (list) => list.items,
    }),
};

export function useAccessHistory(personId: string) {
  return useQuery(accessHistoryQueries.list(personId));
}
