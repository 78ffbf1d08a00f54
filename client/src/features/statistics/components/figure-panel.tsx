import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { ErrorState } from "#client/components/error-state.tsx";
import { useLanguage } from "#client/lib/use-language.ts";
import type { StatsFigure } from "#shared/schemas/stats.ts";
import { useFigure } from "../api/get-stats.ts";
import type { StatsParams } from "../utils/period.ts";
import { isEmptyModel, monthLabel, tableModelOf } from "../utils/table-model.ts";
import { cellText } from "./cell-text.ts";
import { FigureSkeleton } from "./figure-skeleton.tsx";
import { loadFigureChart } from "./load-figure-chart.ts";
import { StatTable } from "./stat-table.tsx";
import "../messages.ts";

const FigureChart = lazy(loadFigureChart);

export type FigureView = "chart" | "table";
type FigurePanelProps = {
  figure: StatsFigure;
  params: StatsParams;
  view: FigureView;
  heading: string;
  inView: boolean;
};

export function FigurePanel({ figure, params, view, heading, inView }: FigurePanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const query = useFigure(figure, params, inView);
  const body = () => {
    if (query.isPending) return <FigureSkeleton withChart={view === "chart"} />;
    if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
    const model = tableModelOf(figure, query.data, { t, language });
    if (isEmptyModel(model)) return <p className="stat-empty">{t("statistics.card.empty")}</p>;
    const caption = `${t(`statistics.figures.${figure}.title`)} – ${heading}`;
    const chartCells = model.rows.flatMap((row) => row.cells.slice(0, model.chartColumns));
    const someHidden = chartCells.some((cell) => cell.suppressed);
    const allHidden = someHidden && chartCells.every((cell) => cell.suppressed || !cell.value);
    return (
      <>
        {model.chart === "none" ? (
          <dl className="stat-keys">
            {model.columns.map((column, index) => (
              <div key={column.key}>
                <dt>{column.label}</dt>
                <dd>
                  {cellText(
                    model.rows[0]?.cells[index] ?? { value: null, suppressed: false, perturbed: false },
                    language,
                  )}
                </dd>
              </div>
            ))}
          </dl>
        ) : view === "table" ? (
          <StatTable model={model} caption={caption} />
        ) : allHidden ? (
          <>
            <p className="stat-empty">{t("statistics.card.allSuppressed")}</p>
            <StatTable model={model} caption={caption} />
          </>
        ) : (
          <>
            <Suspense fallback={<FigureSkeleton withChart />}>
              <FigureChart model={model} />
            </Suspense>
            <div className="visually-hidden">
              <StatTable model={model} caption={caption} />
            </div>
            {someHidden && <p className="stat-note">{t("statistics.card.suppressedHint")}</p>}
          </>
        )}
        {model.rows.some((row) => row.cells.some((cell) => cell.perturbed)) && (
          <p className="stat-note">{t("statistics.card.perturbedHint")}</p>
        )}
        {"asOf" in query.data && query.data.asOf && (
          <p className="stat-note">
            {t("statistics.card.asOf", { month: monthLabel(query.data.asOf, language) })}
          </p>
        )}
        {model.note && (
          <p className="stat-note">
            {t(model.note.label as "statistics.figures.language.gapRate", {
              value:
                model.note.cell.suppressed || model.note.cell.value === null
                  ? cellText(model.note.cell, language)
                  : `${cellText(model.note.cell, language)} %`,
            })}
          </p>
        )}
      </>
    );
  };
  return (
    <div className="stat-panel" aria-busy={query.isPending || query.isFetching}>
      <p className="stat-panel-heading">{heading}</p>
      {body()}
    </div>
  );
}
