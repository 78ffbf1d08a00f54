import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { conflictReasonOf, staleRecordOf } from "#client/lib/conflict.ts";
import type { ConflictReason } from "#shared/api/conflict-reasons.ts";
import { paths } from "#shared/api/paths.ts";
import { CaseSchema, type CaseTransition, type CaseUpdate } from "#shared/schemas/case.ts";
import { caseQueries } from "./get-cases.ts";
import { useStoreCase } from "./store-case.ts";

type CaseChange =
  | { kind: "update"; id: string; body: CaseUpdate }
  | { kind: "transition"; id: string; body: CaseTransition }
  | { kind: "reopen"; id: string; body: { version: number } };

function send(change: CaseChange) {
  if (change.kind === "update") return api.patch(paths.case(change.id), change.body, CaseSchema);
  if (change.kind === "transition")
    return api.post(paths.caseTransitions(change.id), change.body, CaseSchema);
  return api.post(paths.caseReopen(change.id), change.body, CaseSchema);
}

/** A rule conflict means the case moved on meanwhile (closed, reopened elsewhere): show it as it is now. */
const outdatedReasons: readonly (ConflictReason | null)[] = ["transition_not_allowed", "case_not_closed"];

export function useChangeCase() {
  const store = useStoreCase();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: store,
    onError: (error, change) => {
      const current = staleRecordOf(error, CaseSchema);
      if (current) store(current);
      else if (outdatedReasons.includes(conflictReasonOf(error)))
        void queryClient.invalidateQueries({ queryKey: caseQueries.detail(change.id).queryKey });
    },
  });
}
