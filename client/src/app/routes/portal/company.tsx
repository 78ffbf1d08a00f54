import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../../components/button.tsx";
import { ErrorState } from "../../../components/error-state.tsx";
import { Loading } from "../../../components/loading.tsx";
import { PageHeader } from "../../../components/page-header.tsx";
import { Section } from "../../../components/section.tsx";
import { useSessionUser } from "../../../features/auth/api/get-me.ts";
import { portalQueries } from "../../../features/portal/api/portal-queries.ts";
import { CompanyContactsView } from "../../../features/portal/components/company-contacts-view.tsx";
import { CompanyForm } from "../../../features/portal/components/company-form.tsx";
import { CompanyProfileView } from "../../../features/portal/components/company-profile-view.tsx";
import "../../../features/portal/messages.ts";

export function PortalCompanyRoute() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const [editing, setEditing] = useState(false);
  const company = useQuery({
    ...portalQueries.company(user.companyId ?? ""),
    enabled: Boolean(user.companyId),
  });
  const header = (
    <PageHeader title={t("portal.company.title")} description={t("portal.company.description")} />
  );
  if (company.isError)
    return (
      <>
        {header}
        <ErrorState error={company.error} onRetry={() => void company.refetch()} />
      </>
    );
  if (!company.data)
    return (
      <>
        {header}
        <Loading />
      </>
    );
  return (
    <>
      {header}
      {editing ? (
        <div className="card card-form">
          <CompanyForm company={company.data} onDone={() => setEditing(false)} />
        </div>
      ) : (
        <div className="portal-stack">
          <Section
            id="company-profile"
            title={t("portal.company.profile")}
            actions={
              <Button onClick={() => setEditing(true)}>
                {t("common.editSection", { section: t("portal.company.profile") })}
              </Button>
            }
          >
            <CompanyProfileView company={company.data} />
          </Section>
          <Section id="company-contacts" title={t("portal.company.contacts")}>
            <CompanyContactsView contacts={company.data.contacts} />
          </Section>
        </div>
      )}
    </>
  );
}
