import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import { DuplicateListSchema } from "#shared/schemas/person.ts";
import { personQueries } from "./get-persons.ts";

export type DuplicateProbe = {
  familyName: string;
  givenNames: string;
  birthDate?: string;
  excludeId?: string;
};

export const duplicateQueries = {
  probe: (probe: DuplicateProbe) =>
    queryOptions({
      queryKey: [...personQueries.all, "duplicates", probe] as const,
      queryFn: ({ signal }) => api.get(paths.personDuplicates, DuplicateListSchema, { signal, query: probe }),
      select: (list) => list.items,
      staleTime: 10_000,
    }),
};

export function useDuplicates(probe: DuplicateProbe | null) {
  return useQuery({
    ...duplicateQueries.probe(probe ?? { familyName: "", givenNames: "" }),
    enabled: probe !== null,
  });
}
