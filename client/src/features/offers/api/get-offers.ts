import { keepPreviousData, queryOptions, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { cursorListQuery } from "#client/lib/cursor-list-query.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import { CandidateMatchListSchema } from "#shared/schemas/matching.ts";
import { OfferPageSchema, OfferSchema } from "#shared/schemas/offer.ts";
import type { OfferListParams } from "../utils/offer-filters.ts";

const COMPANY_OFFERS_LIMIT = 200;

export const offerQueries = {
  all: queryRoots.offers,
  lists: () => [...offerQueries.all, "list"] as const,
  list: (params: OfferListParams) =>
    cursorListQuery([...offerQueries.lists(), params] as const, paths.offers, OfferPageSchema, params),
  ofCompany: (companyId: string) =>
    queryOptions({
      queryKey: [...offerQueries.lists(), "company", companyId] as const,
      queryFn: ({ signal }) =>
        api.get(paths.offers, OfferPageSchema, {
          signal,
          query: { view: "centre", companyId, limit: COMPANY_OFFERS_LIMIT },
        }),
      select: (page) => page.items,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...offerQueries.all, "detail", id] as const,
      queryFn: ({ signal }) => api.get(paths.offer(id), OfferSchema, { signal }),
    }),
  candidates: (id: string) =>
    queryOptions({
      queryKey: [...offerQueries.all, "candidates", id] as const,
      queryFn: ({ signal }) => api.get(paths.offerCandidates(id), CandidateMatchListSchema, { signal }),
      select: (list) => list.items,
    }),
};

export function useOffers(params: OfferListParams) {
  return useInfiniteQuery({ ...offerQueries.list(params), placeholderData: keepPreviousData });
}

export function useCompanyOffers(companyId: string) {
  return useQuery(offerQueries.ofCompany(companyId));
}

export function useOffer(id: string) {
  return useQuery(offerQueries.detail(id));
}

export function useOfferCandidates(id: string, enabled = true) {
  return useQuery({ ...offerQueries.candidates(id), enabled });
}
