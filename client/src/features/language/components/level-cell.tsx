import { useTranslation } from "react-i18next";
import { formatDate } from "#client/lib/format.ts";
import { germanLegalLevel } from "#client/lib/legal-level.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { CurrentLevel } from "#shared/language/levels.ts";
import "../messages.ts";

type LevelCellProps = { level: CurrentLevel | undefined; withSource?: boolean; legal?: boolean };

/** A CEFR level with its date, source badge and (for German) the wording of residence law. */
export function LevelCell({ level, withSource = false, legal = false }: LevelCellProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!level) return <span className="text-muted">{t("language.grid.none")}</span>;
  const phrase = legal ? germanLegalLevel(level.level, t) : undefined;
  return (
    <span className="level-cell">
      <strong className={`cefr cefr-${level.level.toLowerCase()}`}>{level.level}</strong>
      {withSource && (
        <span className={level.source === "assessment" ? "badge badge-info" : "badge badge-neutral"}>
          {t(`language.sources.${level.source}`)}
        </span>
      )}
      <span className="cell-sub">
        {phrase && <span className="legal-wording">{phrase} · </span>}
        {t("language.grid.since", { date: formatDate(level.on, language) })}
      </span>
    </span>
  );
}
