import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { PageHeader } from "#client/components/page-header.tsx";
import { useSessionUser } from "#client/features/auth/api/get-me.ts";
import { ProgrammesList } from "#client/features/programmes/components/programmes-list.tsx";
import { can } from "#shared/auth/permissions.ts";

export function ProgrammesRoute() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t("programmes.title")}
        description={t("programmes.description")}
        actions={
          !creating && (
            <Button variant="primary" onClick={() => setCreating(true)}>
              {t("programmes.form.create")}
            </Button>
          )
        }
      />
      <ProgrammesList
        creating={creating}
        onCreated={() => setCreating(false)}
        showEnrolments={can(user.role, "read:enrolment")}
      />
    </>
  );
}
