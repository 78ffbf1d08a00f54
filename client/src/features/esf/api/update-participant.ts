import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import { EsfParticipantSchema, type EsfParticipantUpdate } from "#shared/schemas/esf.ts";

/** A saved record changes the gaps, the report and the advisor's tasks. */
export function useUpdateEsfParticipant(enrolmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: EsfParticipantUpdate) =>
      api.patch(paths.enrolmentEsf(enrolmentId), changes, EsfParticipantSchema),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: queryRoots.esf });
      void queryClient.invalidateQueries({ queryKey: queryRoots.tasks });
    },
  });
}
