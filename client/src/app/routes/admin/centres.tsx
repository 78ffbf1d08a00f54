import { useTranslation } from "react-i18next";
import { PageHeader } from "#client/components/page-header.tsx";
import { useSessionUser } from "#client/features/auth/api/get-me.ts";
import { CentresList } from "#client/features/centres/components/centres-list.tsx";
import { CreateCentreForm } from "#client/features/centres/components/create-centre-form.tsx";
import "#client/features/centres/messages.ts";

export function CentresRoute() {
  const { t } = useTranslation();
  const user = useSessionUser();
  return (
    <>
      <PageHeader title={t("centres.title")} description={t("centres.description")} />
      <div className="split">
        <CentresList currentCentreId={user.centreId} />
        <div className="card">
          <CreateCentreForm />
        </div>
      </div>
    </>
  );
}
