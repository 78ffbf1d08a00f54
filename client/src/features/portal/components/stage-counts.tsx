import { useTranslation } from "react-i18next";
import type { StageCounts as Counts } from "#shared/schemas/offer.ts";
import "../messages.ts";

export const countedStages = ["proposed", "interview", "accepted", "running", "completed"] as const;

export function StageCounts({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  return (
    <dl className="stage-counts" aria-label={t("portal.stageCounts")}>
      {countedStages.map((stage) => (
        <div key={stage} className={counts[stage] > 0 ? "stage-count stage-count-active" : "stage-count"}>
          <dt>{t(`portal.stages.${stage}`)}</dt>
          <dd>{counts[stage]}</dd>
        </div>
      ))}
    </dl>
  );
}
