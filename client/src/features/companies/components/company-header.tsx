import { useTranslation } from "react-i18next";
import { DocumentTitle } from "#client/components/document-title.tsx";
import type { Company } from "#shared/schemas/company.ts";
import { CompanySealWarning } from "./seal-warning.tsx";
import "../messages.ts";

export function CompanyHeader({ company }: { company: Company }) {
  const { t } = useTranslation();
  return (
    <header className="record-header">
      <DocumentTitle title={company.name} />
      <div className="record-title-row">
        <h1 className="page-title">{company.name}</h1>
        <span className="flags">
          <CompanySealWarning warning={company.agency?.sealWarning ?? null} />
        </span>
      </div>
      <ul className="record-meta">
        <li>{t(`companies.sectors.${company.sector}`)}</li>
        <li>{t(`districts.${company.district}`)}</li>
        {company.chamber && <li>{t(`companies.chambers.${company.chamber}`)}</li>}
        <li>
          {t("companies.fields.openOffers")}: {company.openOffers}
        </li>
        <li>
          {t("companies.fields.openInquiries")}: {company.openInquiries}
        </li>
      </ul>
    </header>
  );
}
