import { useTranslation } from "react-i18next";
import type { OfferStatus, PlacementStage } from "../../../../../shared/reference/employers.ts";
import "../messages.ts";

const statusTone: Record<OfferStatus, string> = {
  draft: "badge-neutral",
  open: "badge-success",
  filled: "badge-info",
  closed: "badge-neutral",
};

export function OfferStatusBadge({ status }: { status: OfferStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${statusTone[status]}`}>{t(`offers.statuses.${status}`)}</span>;
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
