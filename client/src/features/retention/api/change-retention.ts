import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import {
  type RetentionPostpone,
  RetentionPostponedSchema,
  type RetentionSettings,
  RetentionSettingsSchema,
} from "#shared/schemas/retention.ts";
import { retentionQueries } from "./get-retention.ts";

export function usePostponeRetention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ personId, body }: { personId: string; body: RetentionPostpone }) =>
      api.post(paths.retentionPostpone(personId), body, RetentionPostponedSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: retentionQueries.all }),
  });
}

export function useUpdateRetentionSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RetentionSettings) => api.put(paths.retentionSettings, body, RetentionSettingsSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: retentionQueries.all }),
  });
}
