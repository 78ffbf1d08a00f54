import { useMutation } from "@tanstack/react-query";
import { paths } from "../../../../../shared/api/paths.ts";
import { CaseSchema, type CaseTransition, type CaseUpdate } from "../../../../../shared/schemas/case.ts";
import { api } from "../../../lib/api-client.ts";
import { staleRecordOf } from "../../../lib/conflict.ts";
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

export function useChangeCase() {
  const store = useStoreCase();
  return useMutation({
    mutationFn: send,
    onSuccess: store,
    onError: (error) => {
      const current = staleRecordOf(error, CaseSchema);
      if (current) store(current);
    },
  });
}
