import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import { type TransferCreate, TransferSchema } from "#shared/schemas/transfer.ts";

export type TransferDecision = "accept" | "decline" | "cancel";
const decisionPaths = {
  accept: paths.transferAccept,
  decline: paths.transferDecline,
  cancel: paths.transferCancel,
} as const satisfies Record<TransferDecision, (id: string) => string>;

export function useOfferTransfer(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransferCreate) => api.post(paths.personTransfers(personId), body, TransferSchema),
    onSuccess: () => void queryClient.invalidateQueries(),
  });
}

/** Accepting moves a person between centres: every cached list may have changed. */
export function useDecideTransfer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version, decision }: { id: string; version: number; decision: TransferDecision }) =>
      api.post(decisionPaths[decision](id), { version }, TransferSchema),
    onSettled: () => void queryClient.invalidateQueries(),
  });
}
