import { useTranslation } from "react-i18next";
import { PageHeader } from "#client/components/page-header.tsx";
import { AuditLog } from "#client/features/audit/components/audit-log.tsx";
import { useUserOptions } from "#client/features/users/api/get-user-options.ts";
import "#client/features/audit/messages.ts";

export function AuditRoute() {
  const { t } = useTranslation();
  const userOptions = useUserOptions();
  return (
    <>
      <PageHeader title={t("audit.title")} description={t("audit.description")} />
      <AuditLog userOptions={userOptions.data ?? []} />
    </>
  );
}
