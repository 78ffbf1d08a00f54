import { useMutation, useQueryClient } from "@tanstack/react-query";
import { paths } from "../../../../../shared/api/paths.ts";
import { CentreSchema } from "../../../../../shared/schemas/centre.ts";
import { api } from "../../../lib/api-client.ts";
import { centreQueries } from "./get-centres.ts";

export function useSetSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, required }: { id: string; required: boolean }) =>
      api.put(paths.centreSecondFactor(id), { required }, CentreSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: centreQueries.all }),
  });
}
