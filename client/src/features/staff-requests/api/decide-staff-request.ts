import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import { StaffRequestSchema } from "#shared/schemas/staff-request.ts";

export type Decision = "confirm" | "refuse";

export function useDecideStaffRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: string; decision: Decision }) =>
      api.post(
        decision === "confirm" ? paths.staffRequestConfirm(id) : paths.staffRequestRefuse(id),
        {},
        StaffRequestSchema,
      ),
    // A confirmed grant activates a user and a reset changes one: the users list is stale too.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
