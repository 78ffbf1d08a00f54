import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import { EnrolmentPageSchema, ProgrammeListSchema } from "#shared/schemas/programme.ts";

const ENROLMENTS_LIMIT = 200;

export const programmeQueries = {
  all: queryRoots.programmes,
  list: () =>
    queryOptions({
      queryKey: [...programmeQueries.all, "list"] as const,
      queryFn: ({ signal }) => api.get(paths.programmes, ProgrammeListSchema, { signal }),
      select: (list) => list.items,
    }),
  enrolments: () => [...programmeQueries.all, "enrolments"] as const,
  ofProgramme: (programmeId: string) =>
    queryOptions({
      queryKey: [...programmeQueries.enrolments(), "programme", programmeId] as const,
      queryFn: ({ signal }) =>
        api.get(paths.enrolments, EnrolmentPageSchema, {
          signal,
          query: { programmeId, limit: ENROLMENTS_LIMIT },
        }),
      select: (page) => page.items,
    }),
  ofPerson: (personId: string) =>
    queryOptions({
      queryKey: [...programmeQueries.enrolments(), "person", personId] as const,
      queryFn: ({ signal }) =>
        api.get(paths.enrolments, EnrolmentPageSchema, {
          signal,
          query: { personId, limit: ENROLMENTS_LIMIT },
        }),
      select: (page) => page.items,
    }),
};

export function useProgrammes() {
  return useQuery(programmeQueries.list());
}

export function useProgrammeEnrolments(programmeId: string) {
  return useQuery(programmeQueries.ofProgramme(programmeId));
}

export function usePersonEnrolments(personId: string) {
  return useQuery(programmeQueries.ofPerson(personId));
}
