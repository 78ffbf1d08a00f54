import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../../components/button.tsx";
import { PageHeader } from "../../../components/page-header.tsx";
import { useSessionUser } from "../../../features/auth/api/get-me.ts";
import { CompaniesList } from "../../../features/companies/components/companies-list.tsx";

export function CompaniesRoute() {
  const { t } = useTranslation();
  const user = useSessionUser();
  return (
    <>
      <PageHeader
        title={t("companies.title")}
        description={t("companies.description", { centre: user.centreName })}
        actions={
          <ButtonLink variant="primary" to="/companies/new">
            {t("companies.new")}
          </ButtonLink>
        }
      />
      <CompaniesList />
    </>
  );
}
