import { useTranslation } from "react-i18next";
import { DetailsList } from "#client/components/details-list.tsx";
import type { CompanyProfile } from "#shared/schemas/company.ts";
import "../messages.ts";

export function CompanyProfileView({ company }: { company: CompanyProfile }) {
  const { t } = useTranslation();
  return (
    <DetailsList
      items={[
        { label: t("portal.company.name"), value: company.name },
        { label: t("portal.company.sector"), value: t(`portal.company.sectors.${company.sector}`) },
        {
          label: t("portal.company.chamber"),
          value: company.chamber ? t(`portal.company.chambers.${company.chamber}`) : "",
        },
        { label: t("portal.company.district"), value: t(`districts.${company.district}`) },
        {
          label: t("portal.company.sizeBand"),
          value: company.sizeBand ? t(`portal.company.sizes.${company.sizeBand}`) : "",
        },
      ]}
    />
  );
}
