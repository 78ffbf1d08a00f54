import { useTranslation } from "react-i18next";
import { DataTable } from "#client/components/data-table.tsx";
import { DetailsList } from "#client/components/details-list.tsx";
import { formatBytes, formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { countryName } from "#shared/reference/countries.ts";
import type { AgencySummary } from "#shared/schemas/agency.ts";
import type { DocumentMeta } from "#shared/schemas/document.ts";
import { ExportSection } from "./export-section.tsx";

export function ExportAgency({ agency }: { agency: AgencySummary | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ExportSection id="agency" empty={agency === null}>
      {agency && (
        <DetailsList
          items={[
            { label: t("agencies.fields.name"), value: agency.name },
            { label: t("agencies.fields.country"), value: countryName(agency.country, language) },
            { label: t("agencies.fields.sealStatus"), value: t(`agencies.sealStatus.${agency.sealStatus}`) },
            {
              label: t("agencies.fields.sealValidUntil"),
              value: agency.sealValidUntil && formatDate(agency.sealValidUntil, language),
            },
          ]}
        />
      )}
    </ExportSection>
  );
}

export function ExportDocuments({ documents }: { documents: DocumentMeta[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <ExportSection id="documents">
      <p className="text-muted">
        {t(documents.length > 0 ? "personExport.documents" : "personExport.documentsEmpty")}
      </p>
      {documents.length > 0 && (
        <DataTable caption={t("personExport.sections.documents")} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t("personExport.document.type")}</th>
              <th scope="col">{t("personExport.document.name")}</th>
              <th scope="col">{t("personExport.document.size")}</th>
              <th scope="col">{t("personExport.document.uploaded")}</th>
              <th scope="col">{t("personExport.document.validUntil")}</th>
            </tr>
          </thead>
          <tbody>
            {documents.map((document) => (
              <tr key={document.id}>
                <td>{t(`documentTypes.${document.type}`)}</td>
                <td>{document.fileName}</td>
                <td className="cell-nowrap">{formatBytes(document.sizeBytes, language)}</td>
                <td className="cell-nowrap">{formatDate(document.createdAt, language)}</td>
                <td className="cell-nowrap">
                  {document.validUntil ? formatDate(document.validUntil, language) : "–"}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </ExportSection>
  );
}
