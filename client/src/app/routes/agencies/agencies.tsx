import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { PageHeader } from "#client/components/page-header.tsx";
import { AgenciesList } from "#client/features/agencies/components/agencies-list.tsx";

export function AgenciesRoute() {
  const { t } = useTranslation();
  const [registering, setRegistering] = useState(false);
  return (
    <>
      <PageHeader
        title={t("agencies.title")}
        description={t("agencies.description")}
        actions={
          !registering && (
            <Button variant="primary" onClick={() => setRegistering(true)}>
              {t("agencies.register")}
            </Button>
          )
        }
      />
      <AgenciesList registering={registering} onRegistered={() => setRegistering(false)} />
    </>
  );
}
