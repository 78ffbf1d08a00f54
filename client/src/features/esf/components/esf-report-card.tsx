import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DataTable } from "#client/components/data-table.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { paths } from "#shared/api/paths.ts";
import type { EsfReport } from "#shared/schemas/esf.ts";
import type { Programme } from "#shared/schemas/programme.ts";
import type { Cell } from "#shared/stats/suppression.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import { useEsfProgrammes, useEsfReport } from "../api/get-esf.ts";
import "../messages.ts";

const cellText = (cell: Cell | undefined) => (cell?.suppressed ? "< 5" : String(cell?.value ?? 0));
const rowOf = (report: EsfReport, code: string) => report.rows.find((row) => row.code === code);

function ProgrammeRow({
  programme,
  from,
  to,
  showGaps,
}: {
  programme: Programme;
  from: string;
  to: string;
  showGaps: boolean;
}) {
  const { t } = useTranslation();
  const report = useEsfReport({ from, to, programmeId: programme.id });
  if (report.isPending)
    return (
      <tr>
        <th scope="row">{programme.name}</th>
        <td colSpan={showGaps ? 8 : 7}>
          <Loading />
        </td>
      </tr>
    );
  if (report.isError)
    return (
      <tr>
        <th scope="row">{programme.name}</th>
        <td colSpan={showGaps ? 8 : 7}>
          <ErrorState error={report.error} onRetry={() => void report.refetch()} />
        </td>
      </tr>
    );
  const participants = rowOf(report.data, "EECO01");
  return (
    <tr>
      <th scope="row" className="cell-name">
        {programme.name}
      </th>
      <td className="cell-number">{cellText(participants?.total)}</td>
      <td className="cell-number">{cellText(participants?.women)}</td>
      <td className="cell-number">{cellText(participants?.men)}</td>
      <td className="cell-number">{cellText(participants?.nonBinary)}</td>
      <td className="cell-number">{cellText(rowOf(report.data, "EECR04")?.total)}</td>
      <td className="cell-number">{cellText(rowOf(report.data, "EECO19")?.total)}</td>
      <td className="cell-number">{cellText(report.data.incomplete)}</td>
      {showGaps && (
        <td>
          <Link
            to={`/programmes/${programme.id}/esf-gaps`}
            aria-label={`${t("esf.report.gapsLink")}: ${programme.name}`}
          >
            {t("esf.report.gapsLink")}
          </Link>
        </td>
      )}
    </tr>
  );
}

/** The headline figures per ESF+ programme for this calendar year, the centre's own exact counts. */
export function EsfReportCard({ showGaps }: { showGaps: boolean }) {
  const { t } = useTranslation();
  const programmes = useEsfProgrammes();
  const to = todayInBerlin().slice(0, 7);
  const from = `${to.slice(0, 4)}-01`;
  return (
    <section className="card" aria-labelledby="esf-report-title">
      <h2 id="esf-report-title" className="card-title">
        {t("esf.report.title")}
      </h2>
      <p className="text-muted">{t("esf.report.description")}</p>
      {programmes.isPending && <Loading />}
      {programmes.isError && (
        <ErrorState error={programmes.error} onRetry={() => void programmes.refetch()} />
      )}
      {programmes.data?.length === 0 && <p className="text-muted">{t("esf.report.none")}</p>}
      {programmes.data && programmes.data.length > 0 && (
        <DataTable caption={t("esf.report.title")} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t("esf.report.programme")}</th>
              <th scope="col">{t("esf.report.participants")}</th>
              <th scope="col">{t("esf.report.women")}</th>
              <th scope="col">{t("esf.report.men")}</th>
              <th scope="col">{t("esf.report.nonBinary")}</th>
              <th scope="col">{t("esf.report.employedUponLeaving")}</th>
              <th scope="col">{t("esf.report.smes")}</th>
              <th scope="col">{t("esf.report.incomplete")}</th>
              {showGaps && (
                <th scope="col">
                  <span className="visually-hidden">{t("esf.report.gapsLink")}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {programmes.data.map((programme) => (
              <ProgrammeRow
                key={programme.id}
                programme={programme}
                from={from}
                to={to}
                showGaps={showGaps}
              />
            ))}
          </tbody>
        </DataTable>
      )}
      <p>
        <a href={`${paths.esfReport}.csv?from=${from}&to=${to}`} download>
          {t("esf.report.csv")}
        </a>
      </p>
    </section>
  );
}
