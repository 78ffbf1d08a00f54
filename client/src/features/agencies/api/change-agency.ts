import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import {
  type AgencyCreate,
  AgencySchema,
  type AgencyUpdate,
  PersonAgencySchema,
} from "#shared/schemas/agency.ts";
import { agencyQueries } from "./get-agencies.ts";

export function useRegisterAgency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (agency: AgencyCreate) => api.post(paths.agencies, agency, AgencySchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: agencyQueries.lists() }),
  });
}

type UpdateAgencyInput = { id: string; changes: AgencyUpdate };

/** A seal change moves warnings on companies and persons too, so every agency query refreshes. */
export function useUpdateAgency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: UpdateAgencyInput) => api.patch(paths.agency(id), changes, AgencySchema),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queryRoots.agencies });
      void queryClient.invalidateQueries({ queryKey: queryRoots.companies });
    },
  });
}

export function useLinkPersonAgency(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (agencyId: string | null) =>
      api.put(paths.personAgency(personId), { agencyId }, PersonAgencySchema),
    onSuccess: (link) => {
      queryClient.setQueryData(agencyQueries.ofPerson(personId).queryKey, link);
      void queryClient.invalidateQueries({ queryKey: queryRoots.agencies });
    },
  });
}
