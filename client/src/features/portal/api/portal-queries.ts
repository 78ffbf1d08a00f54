import { queryOptions } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { cursorListQuery } from "#client/lib/cursor-list-query.ts";
import { paths } from "#shared/api/paths.ts";
import { EmployerAppointmentListSchema } from "#shared/schemas/appointment.ts";
import { CompanyProfileSchema } from "#shared/schemas/company.ts";
import { SharedDocumentListSchema } from "#shared/schemas/document.ts";
import { InquiryPageSchema } from "#shared/schemas/inquiry.ts";
import { OfferPageSchema, OfferSchema } from "#shared/schemas/offer.ts";
import { CandidatePageSchema } from "#shared/schemas/placement.ts";
import { ProgrammeListSchema } from "#shared/schemas/programme.ts";

const CANDIDATE_LIMIT = 200;

export const portalQueries = {
  all: ["portal"] as const,
  offers: () => [...portalQueries.all, "offers"] as const,
  offerList: () =>
    cursorListQuery([...portalQueries.offers(), "list"] as const, paths.offers, OfferPageSchema),
  offer: (id: string) =>
    queryOptions({
      queryKey: [...portalQueries.offers(), "detail", id] as const,
      queryFn: ({ signal }) => api.get(paths.offer(id), OfferSchema, { signal }),
    }),
  candidates: (offerId: string) =>
    queryOptions({
      queryKey: [...portalQueries.all, "candidates", offerId] as const,
      queryFn: ({ signal }) =>
        api.get(paths.candidates, CandidatePageSchema, {
          signal,
          query: { offerId, limit: CANDIDATE_LIMIT },
        }),
    }),
  candidateInterviews: (placementId: string) =>
    queryOptions({
      queryKey: [...portalQueries.all, "candidate-interviews", placementId] as const,
      queryFn: ({ signal }) =>
        api.get(paths.candidateAppointments(placementId), EmployerAppointmentListSchema, { signal }),
    }),
  candidateDocuments: (placementId: string) =>
    queryOptions({
      queryKey: [...portalQueries.all, "candidate-documents", placementId] as const,
      queryFn: ({ signal }) =>
        api.get(paths.candidateDocuments(placementId), SharedDocumentListSchema, { signal }),
      select: (list) => list.items,
    }),
  company: (id: string) =>
    queryOptions({
      queryKey: [...portalQueries.all, "company", id] as const,
      queryFn: ({ signal }) => api.get(paths.company(id), CompanyProfileSchema, { signal }),
    }),
  inquiries: () =>
    cursorListQuery([...portalQueries.all, "inquiries"] as const, paths.inquiries, InquiryPageSchema),
  programmes: () =>
    queryOptions({
      queryKey: [...portalQueries.all, "programmes"] as const,
      queryFn: ({ signal }) => api.get(paths.programmes, ProgrammeListSchema, { signal }),
      staleTime: 10 * 60 * 1000,
    }),
};
