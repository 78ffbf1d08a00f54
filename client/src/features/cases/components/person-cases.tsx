import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { Button } from "#client/components/button.tsx";
import { CaseStatusBadge } from "#client/components/case-status-badge.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { Section } from "#client/components/section.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { Case } from "#shared/schemas/case.ts";
import { usePersonCases } from "../api/get-cases.ts";
import { ConcernList } from "./concern-list.tsx";
import { OpenCaseForm } from "./open-case-form.tsx";
import "../../persons/messages.ts";

function CaseItem({ item }: { item: Case }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <li className="list-row">
      <Link to={`/cases/${item.id}`} className="list-row-title">
        <ConcernList concerns={item.concerns} />
      </Link>
      <CaseStatusBadge status={item.status} />
      <span className="text-muted">
        {t("cases.openedOn", { date: formatDate(item.openedOn, language) })}
        {item.closedOn && ` · ${t("cases.closedOn", { date: formatDate(item.closedOn, language) })}`}
        {item.advisorName && ` · ${item.advisorName}`}
      </span>
    </li>
  );
}

export function PersonCases({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const showToast = useToast();
  const cases = usePersonCases(personId);
  const [opening, setOpening] = useState(false);
  const hasOpenCase = cases.data?.some((item) => item.status !== "closed") ?? true;
  const onOpened = (opened: Case) => {
    showToast(t("cases.opened"));
    void navigate(`/cases/${opened.id}`);
  };
  return (
    <Section
      id="cases"
      title={t("persons.sections.cases")}
      actions={
        !hasOpenCase &&
        !opening && (
          <Button variant="secondary" className="button-small" onClick={() => setOpening(true)}>
            {t("cases.open")}
          </Button>
        )
      }
    >
      <div className="stack">
        {opening && (
          <OpenCaseForm personId={personId} onOpened={onOpened} onCancel={() => setOpening(false)} />
        )}
        {cases.isPending ? (
          <Loading />
        ) : cases.isError ? (
          <ErrorState error={cases.error} onRetry={() => void cases.refetch()} />
        ) : cases.data.length === 0 ? (
          <p className="text-muted">{t("cases.noneForPerson")}</p>
        ) : (
          <ul className="list">
            {cases.data.map((item) => (
              <CaseItem key={item.id} item={item} />
            ))}
          </ul>
        )}
      </div>
    </Section>
  );
}
