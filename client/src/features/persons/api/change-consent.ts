import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import { type ConsentCreate, ConsentSchema } from "#shared/schemas/consent.ts";
import { consentQueries } from "./get-consents.ts";

export function useGiveConsent(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (consent: ConsentCreate) => api.post(paths.personConsents(personId), consent, ConsentSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consentQueries.list(personId).queryKey }),
  });
}

type WithdrawInput = { consentId: string; withdrawnOn: string };

export function useWithdrawConsent(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ consentId, withdrawnOn }: WithdrawInput) =>
      api.post(paths.consentWithdraw(personId, consentId), { withdrawnOn }, ConsentSchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consentQueries.list(personId).queryKey }),
  });
}
