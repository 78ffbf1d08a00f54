import { useTranslation } from "react-i18next";
import type { PlacementStage } from "#shared/reference/employers.ts";
import "../messages.ts";

const toneOf: Record<PlacementStage, string> = {
  proposed: "badge-info",
  interview: "badge-warning",
  accepted: "badge-success",
  running: "badge-success",
  completed: "badge-neutral",
  declined: "badge-danger",
  cancelled: "badge-neutral",
};

export function StageBadge({ stage }: { stage: PlacementStage }) {
  const { t } = useTranslation();
  return <span className={`badge ${toneOf[stage]}`}>{t(`portal.stages.${stage}`)}</span>;
}
