import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { CaseStatusBadge } from "#client/components/case-status-badge.tsx";
import { DocumentTitle } from "#client/components/document-title.tsx";
import { PrintButton, PrintHeader } from "#client/components/print-summary.tsx";
import type { Case } from "#shared/schemas/case.ts";
import { StatusActions } from "./status-actions.tsx";

export function CaseHeader({ item }: { item: Case }) {
  const { t } = useTranslation();
  const title = t("cases.titleOf", { name: item.personName });
  return (
    <header className="record-header">
      <DocumentTitle title={title} />
      <PrintHeader kind="case" />
      <nav aria-label={t("common.breadcrumb")} className="breadcrumb">
        <Link to={`/persons/${item.personId}`}>{item.personName}</Link>
      </nav>
      <div className="record-title-row">
        <h1 className="page-title">{title}</h1>
        <CaseStatusBadge status={item.status} />
        <PrintButton />
      </div>
      <StatusActions item={item} />
    </header>
  );
}
