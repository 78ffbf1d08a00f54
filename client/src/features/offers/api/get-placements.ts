import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import { OfferMatchListSchema } from "#shared/schemas/matching.ts";
import { PlacementPageSchema } from "#shared/schemas/placement.ts";

const PLACEMENTS_LIMIT = 200;

export const placementQueries = {
  all: queryRoots.placements,
  ofOffer: (offerId: string) =>
    queryOptions({
      queryKey: [...placementQueries.all, "offer", offerId] as const,
      queryFn: ({ signal }) =>
        api.get(paths.placements, PlacementPageSchema, {
          signal,
          query: { offerId, limit: PLACEMENTS_LIMIT },
        }),
      select: (page) => page.items,
    }),
  ofPerson: (personId: string) =>
    queryOptions({
      queryKey: [...placementQueries.all, "person", personId] as const,
      queryFn: ({ signal }) =>
        api.get(paths.placements, PlacementPageSchema, {
          signal,
          query: { personId, limit: PLACEMENTS_LIMIT },
        }),
      select: (page) => page.items,
    }),
  matchingOffers: (personId: string) =>
    queryOptions({
      queryKey: [...placementQueries.all, "matching-offers", personId] as const,
      queryFn: ({ signal }) =>
        api.get(paths.personMatchingOffers(personId), OfferMatchListSchema, { signal }),
      select: (list) => list.items,
    }),
};

export function useOfferPlacements(offerId: string) {
  return useQuery(placementQueries.ofOffer(offerId));
}

export function usePersonPlacements(personId: string) {
  return useQuery(placementQueries.ofPerson(personId));
}

export function useMatchingOffers(personId: string) {
  return useQuery(placementQueries.matchingOffers(personId));
}
