import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import { type ProgrammeCreate, ProgrammeSchema, type ProgrammeUpdate } from "#shared/schemas/programme.ts";

/** A programme's name and funding show on enrolments, offers and the person page, so all of them refresh. */
function useRefreshProgrammes() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: queryRoots.programmes });
    void queryClient.invalidateQueries({ queryKey: queryRoots.offers });
  };
}

export function useCreateProgramme() {
  const refresh = useRefreshProgrammes();
  return useMutation({
    mutationFn: (programme: ProgrammeCreate) => api.post(paths.programmes, programme, ProgrammeSchema),
    onSuccess: refresh,
  });
}

type UpdateProgrammeInput = { id: string; changes: ProgrammeUpdate };

export function useUpdateProgramme() {
  const refresh = useRefreshProgrammes();
  return useMutation({
    mutationFn: ({ id, changes }: UpdateProgrammeInput) =>
      api.patch(paths.programme(id), changes, ProgrammeSchema),
    onSettled: refresh,
  });
}
