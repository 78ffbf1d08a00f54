import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import { PersonPageSchema } from "#shared/schemas/person.ts";

const PICKER_LIMIT = 20;

/** The persons API's own name search, for the booking form's picker. */
export function usePersonSearch(term: string) {
  const q = term.trim();
  return useQuery({
    queryKey: ["appointments", "person-search", q] as const,
    queryFn: ({ signal }) =>
      api.get(paths.persons, PersonPageSchema, { signal, query: { q, limit: PICKER_LIMIT } }),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
}
