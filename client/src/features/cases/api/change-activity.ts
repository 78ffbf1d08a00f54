import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { conflictReasonOf, staleRecordOf } from "#client/lib/conflict.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import {
  type Activity,
  type ActivityCreate,
  ActivitySchema,
  type ActivityUpdate,
} from "#shared/schemas/case.ts";
import { activityQueries } from "./get-activities.ts";
import { caseQueries } from "./get-cases.ts";

function useStoreActivity(caseId: string) {
  const queryClient = useQueryClient();
  return (activity: Activity) => {
    queryClient.setQueryData(activityQueries.list(caseId).queryKey, (data) => {
      if (!data) return data;
      const others = data.items.filter((item) => item.id !== activity.id);
      const items = [...others, activity].sort(
        (a, b) => b.occurredOn.localeCompare(a.occurredOn) || b.createdAt.localeCompare(a.createdAt),
      );
      return { items };
    });
    void queryClient.invalidateQueries({ queryKey: caseQueries.detail(caseId).queryKey });
    void queryClient.invalidateQueries({ queryKey: caseQueries.lists() });
    void queryClient.invalidateQueries({ queryKey: queryRoots.tasks });
  };
}

export function useAddActivity(caseId: string) {
  const store = useStoreActivity(caseId);
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (activity: ActivityCreate) =>
      api.post(paths.caseActivities(caseId), activity, ActivitySchema),
    onSuccess: store,
    onError: (error) => {
      if (conflictReasonOf(error) === "case_closed")
        void queryClient.invalidateQueries({ queryKey: caseQueries.detail(caseId).queryKey });
    },
  });
}

type UpdateActivityInput = { id: string; changes: ActivityUpdate };

export function useUpdateActivity(caseId: string) {
  const store = useStoreActivity(caseId);
  return useMutation({
    mutationFn: ({ id, changes }: UpdateActivityInput) =>
      api.patch(paths.caseActivity(caseId, id), changes, ActivitySchema),
    onSuccess: store,
    onError: (error) => {
      const current = staleRecordOf(error, ActivitySchema);
      if (current) store(current);
    },
  });
}
