import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import { type CentreCreate, CentreSchema } from "#shared/schemas/centre.ts";
import { centreQueries } from "./get-centres.ts";

export function useCreateCentre() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (centre: CentreCreate) => api.post(paths.centres, centre, CentreSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: centreQueries.all }),
  });
}
