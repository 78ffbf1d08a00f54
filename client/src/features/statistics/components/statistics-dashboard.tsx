import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Alert } from "#client/components/alert.tsx";
import type { Language } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { type StatsFigure, statsFigures } from "#shared/schemas/stats.ts";
import { quarterOf } from "#shared/stats/months.ts";
import {
  type PeriodChoice,
  paramsOf,
  periodFrom,
  previousYearOf,
  type StatsParams,
  searchOf,
} from "../utils/period.ts";
import { monthLabel } from "../utils/table-model.ts";
import { FigureCard } from "./figure-card.tsx";
import { loadFigureChart } from "./load-figure-chart.ts";
import { PeriodPicker } from "./period-picker.tsx";
import "../messages.ts";

const withoutChart: readonly StatsFigure[] = ["time-to-placement"];

function headingOf(choice: PeriodChoice, params: StatsParams, language: Language): string {
  if (choice.kind === "year") return params.from.slice(0, 4);
  if (choice.kind === "quarter") return quarterOf(params.from).replace(/^(\d{4})-(Q\d)$/, "$2 $1");
  return `${monthLabel(params.from, language)} – ${monthLabel(params.to, language)}`;
}

export function StatisticsDashboard({ canSeeRegion }: { canSeeRegion: boolean }) {
  const { t } = useTranslation();
  useEffect(() => void loadFigureChart(), []);
  const language = useLanguage();
  const [search, setSearch] = useSearchParams();
  const choice = periodFrom(search);
  if (!canSeeRegion) choice.scope = "centre";
  const params = paramsOf(choice);
  const periods = params
    ? [
        { params, heading: headingOf(choice, params, language) },
        ...(choice.compare
          ? [{ params: previousYearOf(params), heading: headingOf(choice, previousYearOf(params), language) }]
          : []),
      ]
    : [];
  return (
    <div className="stack">
      <PeriodPicker
        choice={choice}
        canSeeRegion={canSeeRegion}
        onChange={(next) => setSearch(searchOf(next), { replace: true })}
      />
      {choice.scope === "region" && <p className="stat-privacy">{t("statistics.privacy")}</p>}
      {params ? (
        <div className="stat-grid">
          {statsFigures.map((figure) => (
            <FigureCard
              key={figure}
              figure={figure}
              periods={periods}
              withChart={!withoutChart.includes(figure)}
            />
          ))}
        </div>
      ) : (
        <Alert tone="error">{t("statistics.period.invalid")}</Alert>
      )}
    </div>
  );
}
