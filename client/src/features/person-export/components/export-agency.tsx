import { useTranslation } from "react-i18next";
import { countryName } from "../../../../../shared/reference/countries.ts";
import type { AgencySummary } from "../../../../../shared/schemas/agency.ts";
import { DetailsList } from "../../../components/details-list.tsx";
import { formatDate } from "../../../lib/format.ts";
import { useLanguage } from "../../../lib/use-language.ts";
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

export function ExportDocuments() {
  const { t } = useTranslation();
  return (
    <ExportSection id="documents">
      <p className="text-muted">{t("personExport.documents")}</p>
    </ExportSection>
  );
}
