import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DataTable } from "#client/components/data-table.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { Programme } from "#shared/schemas/programme.ts";
import { useProgrammeEnrolments } from "../api/get-programmes.ts";
import "../messages.ts";

export function ProgrammeEnrolments({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const enrolments = useProgrammeEnrolments(programme.id);
  if (enrolments.isPending) return <Loading />;
  if (enrolments.isError)
    return <ErrorState error={enrolments.error} onRetry={() => void enrolments.refetch()} />;
  if (enrolments.data.length === 0) return <p className="text-muted">{t("programmes.noEnrolments")}</p>;
  return (
    <DataTable caption={t("programmes.enrolmentsOf", { name: programme.name })} captionHidden>
      <thead>
        <tr>
          <th scope="col">{t("programmes.enrolment.person")}</th>
          <th scope="col">{t("programmes.enrolment.status")}</th>
          <th scope="col">{t("programmes.enrolment.enteredOn")}</th>
          <th scope="col">{t("programmes.enrolment.exitedOn")}</th>
        </tr>
      </thead>
      <tbody>
        {enrolments.data.map((enrolment) => (
          <tr key={enrolment.id} className={enrolment.status === "active" ? undefined : "row-muted"}>
            <th scope="row" className="cell-name">
              <Link to={`/persons/${enrolment.personId}`}>{enrolment.personName}</Link>
            </th>
            <td>{t(`programmes.statuses.${enrolment.status}`)}</td>
            <td className="cell-nowrap">{formatDate(enrolment.enteredOn, language)}</td>
            <td className="cell-nowrap">
              {enrolment.exitedOn ? (
                formatDate(enrolment.exitedOn, language)
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
