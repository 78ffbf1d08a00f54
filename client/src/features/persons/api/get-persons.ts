import {
  infiniteQueryOptions,
  keepPreviousData,
  queryOptions,
  useInfiniteQuery,
  useQuery,
} from "@tanstack/react-query";
import { paths } from "../../../../../shared/api/paths.ts";
import { PersonPageSchema, PersonSchema } from "../../../../../shared/schemas/person.ts";
import { api } from "../../../lib/api-client.ts";
import { queryRoots } from "../../../lib/query-roots.ts";
import type { PersonListParams } from "../utils/person-filters.ts";

const PAGE_SIZE = 50;

export const personQueries = {
  all: queryRoots.persons,
  lists: () => [...personQueries.all, "list"] as const,
  list: (params: PersonListParams) =>
    infiniteQueryOptions({
      queryKey: [...personQueries.lists(), params] as const,
      queryFn: ({ pageParam, signal }) =>
        api.get(paths.persons, PersonPageSchema, {
          signal,
          query: { ...params, cursor: pageParam, limit: PAGE_SIZE },
        }),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor,
    }),
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
