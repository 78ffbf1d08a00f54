import { useTranslation } from "react-i18next";
import "../messages.ts";

/** The shape of the figure to come, as tall as its chart or key figures, so nothing jumps when it arrives. */
export function FigureSkeleton({ withChart }: { withChart: boolean }) {
  const { t } = useTranslation();
  return (
    <div className={withChart ? "stat-skeleton stat-skeleton-chart" : "stat-skeleton stat-skeleton-keys"}>
      <span className="visually-hidden" role="status">
        {t("statistics.card.loading")}
      </span>
    </div>
  );
}
