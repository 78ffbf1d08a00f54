import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { staleRecordOf } from "#client/lib/conflict.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import {
  type Offer,
  type OfferCreate,
  OfferSchema,
  type OfferTransition,
  type OfferUpdate,
} from "#shared/schemas/offer.ts";
import { offerQueries } from "./get-offers.ts";

function useStoreOffer() {
  const queryClient = useQueryClient();
  return (offer: Offer) => {
    queryClient.setQueryData(offerQueries.detail(offer.id).queryKey, offer);
    void queryClient.invalidateQueries({ queryKey: offerQueries.lists() });
    void queryClient.invalidateQueries({ queryKey: offerQueries.candidates(offer.id).queryKey });
    void queryClient.invalidateQueries({ queryKey: queryRoots.companies });
  };
}

export function useCreateOffer() {
  const store = useStoreOffer();
  return useMutation({
    mutationFn: (offer: OfferCreate) => api.post(paths.offers, offer, OfferSchema),
    onSuccess: store,
  });
}

type OfferChange =
  | { kind: "update"; id: string; body: OfferUpdate }
  | { kind: "transition"; id: string; body: OfferTransition };

export function useChangeOffer() {
  const store = useStoreOffer();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: OfferChange) =>
      change.kind === "update"
        ? api.patch(paths.offer(change.id), change.body, OfferSchema)
        : api.post(paths.offerTransitions(change.id), change.body, OfferSchema),
    onSuccess: store,
    onError: (error, change) => {
      const current = staleRecordOf(error, OfferSchema);
      if (current) store(current);
      else void queryClient.invalidateQueries({ queryKey: offerQueries.detail(change.id).queryKey });
    },
  });
}
