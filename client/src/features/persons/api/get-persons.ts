import { keepPreviousData, queryOptions, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { cursorListQuery } from "#client/lib/cursor-list-query.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import { PersonPageSchema, PersonSchema } from "#shared/schemas/person.ts";
import type { PersonListParams } from "../utils/person-filters.ts";

export const personQueries = {
  all: queryRoots.persons,
  lists: () => [...personQueries.all, "list"] as const,
  list: (params: PersonListParams) =>
    cursorListQuery([...personQueries.lists(), params] as const, paths.persons, PersonPageSchema, params),
  details: () => [...personQueries.all, "detail"] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...personQueries.details(), id] as const,
      queryFn: ({ signal }) => api.get(paths.person(id), PersonSchema, { signal }),
    }),
};

export function usePersons(params: PersonListParams) {
  return useInfiniteQuery({ ...personQueries.list(params), placeholderData: keepPreviousData });
}

export function usePerson(id: string) {
  return useQuery(personQueries.detail(id));
}
