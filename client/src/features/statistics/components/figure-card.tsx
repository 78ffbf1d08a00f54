import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { useInView } from "#client/hooks/use-in-view.ts";
import type { StatsFigure } from "#shared/schemas/stats.ts";
import { statsCsvUrl } from "../api/get-stats.ts";
import type { StatsParams } from "../utils/period.ts";
import { FigurePanel, type FigureView } from "./figure-panel.tsx";
import { loadFigureChart } from "./load-figure-chart.ts";
import "../messages.ts";

type Period = { params: StatsParams; heading: string };
type FigureCardProps = { figure: StatsFigure; periods: Period[]; withChart: boolean };

export function FigureCard({ figure, periods, withChart }: FigureCardProps) {
  const { t } = useTranslation();
  const [view, setView] = useState<FigureView>("chart");
  const card = useRef<HTMLElement>(null);
  const inView = useInView(card);
  useEffect(() => {
    if (inView && withChart) void loadFigureChart();
  }, [inView, withChart]);
  const title = t(`statistics.figures.${figure}.title`);
  const id = `figure-${figure}`;
  return (
    <section
      ref={card}
      className={periods.length > 1 ? "card stat-card stat-card-wide" : "card stat-card"}
      aria-labelledby={`${id}-title`}
      data-figure={figure}
    >
      <div className="stat-card-header">
        <div>
          <h2 id={`${id}-title`} className="section-title">
            {title}
          </h2>
          <p className="stat-description">{t(`statistics.figures.${figure}.description`)}</p>
        </div>
        <div className="stat-actions">
          {withChart && (
            <Button
              className="button-small"
              aria-pressed={view === "table"}
              onClick={() => setView(view === "table" ? "chart" : "table")}
            >
              {t("statistics.card.table")}
            </Button>
          )}
          {periods.map((period) => (
            <a
              key={period.heading}
              className="button button-secondary button-small"
              href={statsCsvUrl(figure, period.params)}
              download
              aria-label={t("statistics.card.csvLabel", { title, period: period.heading })}
            >
              {periods.length > 1
                ? `${t("statistics.card.csv")} ${period.heading}`
                : t("statistics.card.csv")}
            </a>
          ))}
        </div>
      </div>
      <div className={periods.length > 1 ? "stat-compare" : undefined}>
        {periods.map((period) => (
          <FigurePanel
            key={period.heading}
            figure={figure}
            params={period.params}
            view={withChart ? view : "table"}
            heading={period.heading}
            inView={inView}
          />
        ))}
      </div>
    </section>
  );
}
