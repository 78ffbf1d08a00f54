import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import { CentreSchema } from "#shared/schemas/centre.ts";
import { centreQueries } from "./get-centres.ts";

export function useSetSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, required }: { id: string; required: boolean }) =>
      api.put(paths.centreSecondFactor(id), { required }, CentreSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: centreQueries.all }),
  });
}
