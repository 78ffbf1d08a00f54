import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { PageHeader } from "#client/components/page-header.tsx";
import { Section } from "#client/components/section.tsx";
import { useSessionUser } from "#client/features/auth/api/get-me.ts";
import { portalQueries } from "#client/features/portal/api/portal-queries.ts";
import { CompanyContactsView } from "#client/features/portal/components/company-contacts-view.tsx";
import { CompanyForm } from "#client/features/portal/components/company-form.tsx";
import { CompanyProfileView } from "#client/features/portal/components/company-profile-view.tsx";
import "#client/features/portal/messages.ts";

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
