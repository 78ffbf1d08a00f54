import { useTranslation } from "react-i18next";
import { ButtonLink } from "#client/components/button.tsx";
import { PageHeader } from "#client/components/page-header.tsx";
import { useSessionUser } from "#client/features/auth/api/get-me.ts";
import { CompaniesList } from "#client/features/companies/components/companies-list.tsx";

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
