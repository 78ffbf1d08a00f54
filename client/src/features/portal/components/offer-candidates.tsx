import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { EmptyState } from "#client/components/empty-state.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import type { PlacementStage } from "#shared/reference/employers.ts";
import { portalQueries } from "../api/portal-queries.ts";
import "../messages.ts";
import { CandidateCard } from "./candidate-card.tsx";

const stageOrder: readonly PlacementStage[] = [
  "proposed",
  "interview",
  "accepted",
  "running",
  "completed",
  "declined",
  "cancelled",
];
const endedStages: readonly PlacementStage[] = ["declined", "cancelled"];

export function OfferCandidates({ offerId, viewerName }: { offerId: string; viewerName: string }) {
  const { t } = useTranslation();
  const query = useQuery(portalQueries.candidates(offerId));
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const sorted = [...query.data.items].sort(
    (a, b) => stageOrder.indexOf(a.stage) - stageOrder.indexOf(b.stage),
  );
  const active = sorted.filter((candidate) => !endedStages.includes(candidate.stage));
  const ended = sorted.filter((candidate) => endedStages.includes(candidate.stage));
  if (sorted.length === 0)
    return (
      <EmptyState title={t("portal.offer.candidatesEmptyTitle")}>
        <p>{t("portal.offer.candidatesEmptyText")}</p>
      </EmptyState>
    );
  return (
    <>
      {active.length > 0 && (
        <ul className="candidate-grid">
          {active.map((candidate) => (
            <li key={candidate.id}>
              <CandidateCard candidate={candidate} viewerName={viewerName} />
            </li>
          ))}
        </ul>
      )}
      {ended.length > 0 && (
        <details className="form-more ended-candidates">
          <summary>
            {t("portal.offer.endedCandidates")} ({ended.length})
          </summary>
          <ul className="candidate-grid">
            {ended.map((candidate) => (
              <li key={candidate.id}>
                <CandidateCard candidate={candidate} viewerName={viewerName} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
