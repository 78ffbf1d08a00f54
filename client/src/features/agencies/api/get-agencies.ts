import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import { AgencyListSchema, PersonAgencySchema } from "#shared/schemas/agency.ts";

export type AgencyListParams = { q?: string; sealWarning?: "any" | "none" };

export const agencyQueries = {
  all: queryRoots.agencies,
  lists: () => [...agencyQueries.all, "list"] as const,
  list: (params: AgencyListParams) =>
    queryOptions({
      queryKey: [...agencyQueries.lists(), params] as const,
      queryFn: ({ signal }) => api.get(paths.agencies, AgencyListSchema, { signal, query: params }),
      select: (list) => list.items,
    }),
  ofPerson: (personId: string) =>
    queryOptions({
      queryKey: [...agencyQueries.all, "person", personId] as const,
      queryFn: ({ signal }) => api.get(paths.personAgency(personId), PersonAgencySchema, { signal }),
    }),
};

export function useAgencies(params: AgencyListParams) {
  return useQuery(agencyQueries.list(params));
}

export function usePersonAgency(personId: string) {
  return useQuery(agencyQueries.ofPerson(personId));
}
