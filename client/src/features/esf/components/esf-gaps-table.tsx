import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DataTable } from "#client/components/data-table.tsx";
import { EmptyState } from "#client/components/empty-state.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { useEsfGaps } from "../api/get-esf.ts";
import "../messages.ts";

/** "Datenlücken": who lacks what in one ESF+ programme, each with a link to the record to fix it. */
export function EsfGapsTable({ programmeId, programmeName }: { programmeId: string; programmeName: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const gaps = useEsfGaps(programmeId);
  if (gaps.isPending) return <Loading />;
  if (gaps.isError) return <ErrorState error={gaps.error} onRetry={() => void gaps.refetch()} />;
  if (gaps.data.length === 0) return <EmptyState title={t("esf.gaps.none")} />;
  return (
    <DataTable caption={t("esf.gaps.title", { name: programmeName })} captionHidden>
      <thead>
        <tr>
          <th scope="col">{t("esf.gaps.person")}</th>
          <th scope="col">{t("esf.gaps.enteredOn")}</th>
          <th scope="col">{t("esf.gaps.missing")}</th>
          <th scope="col">
            <span className="visually-hidden">{t("esf.gaps.fix")}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {gaps.data.map((item) => (
          <tr key={item.enrolmentId}>
            <th scope="row" className="cell-name">
              <Link to={`/persons/${item.personId}`}>{item.personName}</Link>
            </th>
            <td className="cell-nowrap">{formatDate(item.enteredOn, language)}</td>
            <td>{item.gaps.map((gap) => t(`esf.gap.${gap}`)).join(", ")}</td>
            <td>
              <Link
                to={`/enrolments/${item.enrolmentId}/esf`}
                aria-label={`${t("esf.gaps.fix")}: ${item.personName}`}
              >
                {t("esf.gaps.fix")}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
