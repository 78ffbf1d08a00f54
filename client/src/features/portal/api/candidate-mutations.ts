import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { staleRecordOf } from "#client/lib/conflict.ts";
import { paths } from "#shared/api/paths.ts";
import {
  type Candidate,
  type CandidateFeedback,
  type CandidateLanguageAssessment,
  CandidateSchema,
  type CandidateTransition,
} from "#shared/schemas/placement.ts";
import { portalQueries } from "./portal-queries.ts";

function useRefreshCandidates() {
  const queryClient = useQueryClient();
  return (offerId: string) => {
    void queryClient.invalidateQueries({ queryKey: portalQueries.candidates(offerId).queryKey });
    void queryClient.invalidateQueries({ queryKey: portalQueries.offers() });
  };
}

function useCandidateMutation<Body>(send: (candidate: Candidate, body: Body) => Promise<unknown>) {
  const refresh = useRefreshCandidates();
  return useMutation({
    mutationFn: ({ candidate, body }: { candidate: Candidate; body: Body }) => send(candidate, body),
    onSuccess: (_result, { candidate }) => refresh(candidate.offerId),
    onError: (error, { candidate }) => {
      if (staleRecordOf(error, CandidateSchema)) refresh(candidate.offerId);
    },
  });
}

export function useCandidateTransition() {
  return useCandidateMutation((candidate, body: Omit<CandidateTransition, "version">) =>
    api.post(
      paths.candidateTransitions(candidate.id),
      { version: candidate.version, ...body },
      CandidateSchema,
    ),
  );
}

export function useCandidateFeedback() {
  return useCandidateMutation((candidate, body: Omit<CandidateFeedback, "version">) =>
    api.patch(
      paths.candidateFeedback(candidate.id),
      { version: candidate.version, ...body },
      CandidateSchema,
    ),
  );
}

export function useCandidateAssessment() {
  return useCandidateMutation((candidate, body: CandidateLanguageAssessment) =>
    api.post(paths.candidateLanguageAssessments(candidate.id), body, CandidateSchema),
  );
}
