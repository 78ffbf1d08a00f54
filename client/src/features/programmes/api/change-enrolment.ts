import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import { type EnrolmentCreate, EnrolmentSchema, type EnrolmentUpdate } from "#shared/schemas/programme.ts";

/** Enrolments change the person's list, the programme's list and its active count (and matching scores), and the ESF+ record. */
function useRefreshEnrolments() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: queryRoots.programmes });
    void queryClient.invalidateQueries({ queryKey: queryRoots.placements });
    void queryClient.invalidateQueries({ queryKey: queryRoots.offers });
    void queryClient.invalidateQueries({ queryKey: queryRoots.esf });
  };
}

export function useEnrol() {
  const refresh = useRefreshEnrolments();
  return useMutation({
    mutationFn: (enrolment: EnrolmentCreate) => api.post(paths.enrolments, enrolment, EnrolmentSchema),
    onSuccess: refresh,
  });
}

type UpdateEnrolmentInput = { id: string; changes: EnrolmentUpdate };

export function useUpdateEnrolment() {
  const refresh = useRefreshEnrolments();
  return useMutation({
    mutationFn: ({ id, changes }: UpdateEnrolmentInput) =>
      api.patch(paths.enrolment(id), changes, EnrolmentSchema),
    onSettled: refresh,
  });
}
