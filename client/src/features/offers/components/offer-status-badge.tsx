import { useTranslation } from "react-i18next";
import { OfferStatusBadge as StatusBadge } from "#client/components/offer-status-badge.tsx";
import type { OfferStatus, PlacementStage } from "#shared/reference/employers.ts";
import "../messages.ts";

export function OfferStatusBadge({ status }: { status: OfferStatus }) {
  const { t } = useTranslation();
  return <StatusBadge status={status} label={t(`offers.statuses.${status}`)} />;
}

const stageTone: Record<PlacementStage, string> = {
  proposed: "badge-info",
  interview: "badge-accent",
  accepted: "badge-success",
  running: "badge-success",
  completed: "badge-neutral",
  declined: "badge-neutral",
  cancelled: "badge-neutral",
};

export function StageBadge({ stage }: { stage: PlacementStage }) {
  const { t } = useTranslation();
  return <span className={`badge ${stageTone[stage]}`}>{t(`offers.stages.${stage}`)}</span>;
}
