import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import { ConsentListSchema } from "#shared/schemas/consent.ts";
import { personQueries } from "./get-persons.ts";

export const consentQueries = {
  list: (personId: string) =>
    queryOptions({
      queryKey: [...personQueries.all, "consents", personId] as const,
      queryFn: ({ signal }) => api.get(paths.personConsents(personId), ConsentListSchema, { signal }),
      select: (list) => list.items,
    }),
};

export function useConsents(personId: string) {
  return useQuery(consentQueries.list(personId));
}
