import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { useCompany } from "#client/features/companies/api/get-companies.ts";
import { CompanyAgencySection } from "#client/features/companies/components/agency-section.tsx";
import { CompanyHeader } from "#client/features/companies/components/company-header.tsx";
import { ContactsSection } from "#client/features/companies/components/contacts-section.tsx";
import { InquiriesSection } from "#client/features/companies/components/inquiries-section.tsx";
import { CompanyProfileSection } from "#client/features/companies/components/profile-section.tsx";
import { CompanyOffers } from "#client/features/offers/components/company-offers.tsx";

const sectionIds = ["profile", "contacts", "inquiries", "offers", "agency"] as const;

export function CompanyRoute() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const company = useCompany(id);
  if (company.isPending) return <Loading />;
  if (company.isError) return <ErrorState error={company.error} onRetry={() => void company.refetch()} />;
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="breadcrumb">
        <Link to="/companies">{t("companies.title")}</Link>
      </nav>
      <CompanyHeader company={company.data} />
      <div className="record-layout">
        <nav className="section-nav" aria-label={t("companies.sectionNav")}>
          <ul>
            {sectionIds.map((section) => (
              <li key={section}>
                <a href={`#${section}`}>{t(`companies.sections.${section}`)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="record-sections">
          <CompanyProfileSection company={company.data} />
          <ContactsSection company={company.data} />
          <InquiriesSection companyId={company.data.id} />
          <CompanyOffers companyId={company.data.id} title={t("companies.sections.offers")} />
          <CompanyAgencySection company={company.data} />
        </div>
      </div>
    </>
  );
}
