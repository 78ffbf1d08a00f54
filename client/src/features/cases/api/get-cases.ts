import { keepPreviousData, queryOptions, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { cursorListQuery } from "#client/lib/cursor-list-query.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import { CasePageSchema, CaseSchema } from "#shared/schemas/case.ts";
import type { CaseListParams } from "../utils/case-filters.ts";

const PERSON_CASES_LIMIT = 100;

export const caseQueries = {
  all: queryRoots.cases,
  lists: () => [...caseQueries.all, "list"] as const,
  list: (params: CaseListParams) =>
    cursorListQuery([...caseQueries.lists(), params] as const, paths.cases, CasePageSchema, params),
  ofPerson: (personId: string) =>
    queryOptions({
      queryKey: [...caseQueries.all, "person", personId] as const,
      queryFn: ({ signal }) =>
        api.get(paths.cases, CasePageSchema, { signal, query: { personId, limit: PERSON_CASES_LIMIT } }),
      select: (page) => page.items,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...caseQueries.all, "detail", id] as const,
      queryFn: ({ signal }) => api.get(paths.case(id), CaseSchema, { signal }),
    }),
};

export function useCases(params: CaseListParams) {
  return useInfiniteQuery({ ...caseQueries.list(params), placeholderData: keepPreviousData });
}

export function usePersonCases(personId: string) {
  return useQuery(caseQueries.ofPerson(personId));
}

export function useCase(id: string) {
  return useQuery(caseQueries.detail(id));
}
