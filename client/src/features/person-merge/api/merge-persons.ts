import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import { PersonSchema } from "#shared/schemas/person.ts";
import type { PersonMerge } from "#shared/schemas/person-merge.ts";

type MergeInput = { survivorId: string; body: PersonMerge };

/** Records of both persons change hands: every cached list and record may be stale afterwards. */
export function useMergePersons() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ survivorId, body }: MergeInput) =>
      api.post(paths.personMerge(survivorId), body, PersonSchema),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
