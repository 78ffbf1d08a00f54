import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { Section } from "#client/components/section.tsx";
import { useLanguage } from "#client/lib/use-language.ts";
import { languageName } from "#shared/reference/countries.ts";
import { useLanguageOverview } from "../api/get-language.ts";
import { LanguageEntryForm } from "./language-entry-form.tsx";
import { LanguageGrid } from "./language-grid.tsx";
import { LanguageHistory } from "./language-history.tsx";
import "../messages.ts";

type LanguageSectionProps = { personId: string; userId: string; userName: string };

export function LanguageSection({ personId, userId, userName }: LanguageSectionProps) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const overview = useLanguageOverview(personId);
  const [adding, setAdding] = useState(false);
  const [showHistory, setShowHistory] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const summaries = overview.data?.languages ?? [];
  const selected = summaries.find((summary) => summary.language === chosen) ?? summaries[0] ?? null;
  const entries = (overview.data?.items ?? []).filter((entry) => entry.language === selected?.language);
  return (
    <Section
      id="language"
      title={t("language.title")}
      actions={
        <>
          {entries.length > 0 && (
            <Button
              variant="quiet"
              className="button-small"
              aria-expanded={showHistory}
              onClick={() => setShowHistory((shown) => !shown)}
            >
              {showHistory ? t("language.history.hide") : t("language.history.show")}
            </Button>
          )}
          {!adding && (
            <Button variant="quiet" className="button-small" onClick={() => setAdding(true)}>
              {t("language.form.add")}
            </Button>
          )}
        </>
      }
    >
      <div className="stack">
        {adding && (
          <LanguageEntryForm
            personId={personId}
            assessorName={userName}
            language={selected?.language ?? "de"}
            onDone={() => setAdding(false)}
          />
        )}
        {overview.isPending ? (
          <Loading />
        ) : overview.isError ? (
          <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
        ) : !selected ? (
          <p className="text-muted">{t("language.empty")}</p>
        ) : (
          <>
            <div className="language-bar">
              {summaries.length > 1 ? (
                <fieldset className="segmented">
                  <legend className="visually-hidden">{t("language.switcher")}</legend>
                  {summaries.map((summary) => (
                    <button
                      key={summary.language}
                      type="button"
                      className="segmented-option"
                      aria-pressed={summary.language === selected.language}
                      onClick={() => setChosen(summary.language)}
                    >
                      {languageName(summary.language, uiLanguage)}
                      {summary.headline && <strong> {summary.headline}</strong>}
                    </button>
                  ))}
                </fieldset>
              ) : (
                <p className="language-headline">
                  {selected.headline
                    ? t("language.grid.headline", {
                        language: languageName(selected.language, uiLanguage),
                        level: selected.headline,
                      })
                    : t("language.grid.noHeadline", {
                        language: languageName(selected.language, uiLanguage),
                      })}
                </p>
              )}
              {selected.gaps.length > 0 && (
                <span className="badge badge-warning">⚠ {t("language.grid.gapFlag")}</span>
              )}
            </div>
            <LanguageGrid summary={selected} />
            {showHistory && <LanguageHistory personId={personId} entries={entries} userId={userId} />}
          </>
        )}
      </div>
    </Section>
  );
}
