import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { CaseStatusBadge } from "#client/components/case-status-badge.tsx";
import { CollapsibleSection } from "#client/components/collapsible-section.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { STALE_CASE_DAYS } from "#shared/reference/cases.ts";
import type { Case } from "#shared/schemas/case.ts";

export function StaleCases({ cases }: { cases: Case[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <CollapsibleSection
      id="stale-cases"
      openByDefault={false}
      title={`${t("myDay.staleCases", { count: STALE_CASE_DAYS })} (${cases.length})`}
    >
      {cases.length === 0 ? (
        <p className="text-muted">{t("myDay.noStaleCases")}</p>
      ) : (
        <ul className="list">
          {cases.map((item) => (
            <li key={item.id} className="list-row">
              <Link to={`/cases/${item.id}`} className="list-row-title">
                {item.personName}
              </Link>
              <CaseStatusBadge status={item.status} />
              <span className="text-muted">
                {item.lastActivityOn
                  ? t("myDay.lastActivity", { date: formatDate(item.lastActivityOn, language) })
                  : t("myDay.noActivity", { date: formatDate(item.openedOn, language) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </CollapsibleSection>
  );
}
