import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { CaseStatusBadge } from "#client/components/case-status-badge.tsx";
import { DataTable, type SelectColumn } from "#client/components/data-table.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { Case } from "#shared/schemas/case.ts";
import { ConcernList } from "./concern-list.tsx";

type CasesTableProps = { cases: Case[]; select?: SelectColumn<Case> | undefined };

export function CasesTable({ cases, select }: CasesTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <DataTable caption={t("cases.tableCaption")} captionHidden>
      <thead>
        <tr>
          {select && (
            <th scope="col" className="cell-select">
              {select.header(cases)}
            </th>
          )}
          <th scope="col">{t("cases.fields.person")}</th>
          <th scope="col">{t("cases.fields.status")}</th>
          <th scope="col">{t("cases.fields.concerns")}</th>
          <th scope="col">{t("cases.fields.advisor")}</th>
          <th scope="col">{t("cases.fields.openedOn")}</th>
          <th scope="col">{t("cases.fields.lastActivity")}</th>
        </tr>
      </thead>
      <tbody>
        {cases.map((item) => (
          <tr key={item.id}>
            {select && <td className="cell-select">{select.cell(item)}</td>}
            <th scope="row" className="cell-name">
              <Link to={`/cases/${item.id}`}>{item.personName}</Link>
            </th>
            <td>
              <CaseStatusBadge status={item.status} />
            </td>
            <td>
              <ConcernList concerns={item.concerns} />
            </td>
            <td>{item.advisorName ?? <span className="text-muted">–</span>}</td>
            <td className="cell-nowrap">{formatDate(item.openedOn, language)}</td>
            <td className="cell-nowrap">
              {item.lastActivityOn ? (
                formatDate(item.lastActivityOn, language)
              ) : (
                <span className="text-muted">–</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
