import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { buttonClassName } from "#client/components/button.tsx";
import { DocumentTitle } from "#client/components/document-title.tsx";
import { PrintButton, PrintHeader } from "#client/components/print-summary.tsx";
import { formatDateTime } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { paths } from "#shared/api/paths.ts";
import type { PersonExport } from "#shared/schemas/person-export.ts";
import { ExportAccess } from "./export-access.tsx";
import { ExportAgency, ExportDocuments } from "./export-agency.tsx";
import { ExportAppointments } from "./export-appointments.tsx";
import { ExportCases } from "./export-cases.tsx";
import { ExportConsents } from "./export-consents.tsx";
import { ExportEnrolments } from "./export-enrolments.tsx";
import { ExportLanguage } from "./export-language.tsx";
import { ExportPlacements } from "./export-placements.tsx";
import { ExportProfile } from "./export-profile.tsx";
import { ExportRecipients } from "./export-recipients.tsx";
import "../messages.ts";

type PersonExportDocumentProps = {
  bundle: PersonExport;
  /** The access entries as a table; the access history feature draws it, the route hands it in. */
  accessTable: ReactNode;
};

export function PersonExportDocument({ bundle, accessTable }: PersonExportDocumentProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { profile } = bundle;
  const title = t("personExport.title", { name: `${profile.givenNames} ${profile.familyName}` });
  return (
    <div className="stack person-export">
      <DocumentTitle title={title} />
      <PrintHeader kind="export" />
      <div className="page-header">
        <div>
          <h1 className="page-title">{title}</h1>
          <p className="page-description">
            {t("personExport.intro", {
              centre: bundle.centre.name,
              date: formatDateTime(bundle.generatedAt, language),
            })}
          </p>
        </div>
        <div className="page-actions no-print">
          <PrintButton />
          <a className={buttonClassName("secondary")} href={paths.personExport(profile.id)} download>
            {t("personExport.download")}
          </a>
          {bundle.documents.items.length > 0 && (
            <a
              className={buttonClassName("secondary")}
              href={`${paths.personExport(profile.id)}?format=zip`}
              download
            >
              {t("personExport.downloadZip")}
            </a>
          )}
          <Link className={buttonClassName("quiet")} to={`/persons/${encodeURIComponent(profile.id)}`}>
            {t("personExport.back")}
          </Link>
        </div>
      </div>
      <ExportProfile person={profile} />
      <ExportConsents consents={bundle.consents} />
      <ExportCases cases={bundle.cases} />
      <ExportLanguage entries={bundle.language} />
      <ExportPlacements placements={bundle.placements} />
      <ExportEnrolments enrolments={bundle.enrolments} />
      <ExportAppointments appointments={bundle.appointments} />
      <ExportAgency agency={bundle.agency} />
      <ExportDocuments documents={bundle.documents.items} />
      <ExportRecipients recipients={bundle.recipients} />
      <ExportAccess count={bundle.access.length} table={accessTable} />
    </div>
  );
}
