import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { staleRecordOf } from "#client/lib/conflict.ts";
import { paths } from "#shared/api/paths.ts";
import type { OfferStatus } from "#shared/reference/employers.ts";
import { type Offer, type OfferCreate, OfferSchema, type OfferUpdate } from "#shared/schemas/offer.ts";
import { portalQueries } from "./portal-queries.ts";

function useStoreOffer() {
  const queryClient = useQueryClient();
  return (offer: Offer) => {
    queryClient.setQueryData(portalQueries.offer(offer.id).queryKey, offer);
    void queryClient.invalidateQueries({ queryKey: portalQueries.offerList().queryKey });
  };
}

export function useCreateOffer() {
  const store = useStoreOffer();
  return useMutation({
    mutationFn: (offer: OfferCreate) => api.post(paths.offers, offer, OfferSchema),
    onSuccess: store,
  });
}

export function useUpdateOffer(id: string) {
  const store = useStoreOffer();
  return useMutation({
    mutationFn: (changes: OfferUpdate) => api.patch(paths.offer(id), changes, OfferSchema),
    onSuccess: store,
    onError: (error) => {
      const current = staleRecordOf(error, OfferSchema);
      if (current) store(current);
    },
  });
}

export function useOfferTransition() {
  const store = useStoreOffer();
  return useMutation({
    mutationFn: ({ offer, to }: { offer: Offer; to: OfferStatus }) =>
      api.post(paths.offerTransitions(offer.id), { version: offer.version, to }, OfferSchema),
    onSuccess: store,
    onError: (error) => {
      const current = staleRecordOf(error, OfferSchema);
      if (current) store(current);
    },
  });
}
