import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header.tsx";
import { AuditLog } from "../../../features/audit/components/audit-log.tsx";
import { useUserOptions } from "../../../features/users/api/get-user-options.ts";
import "../../../features/audit/messages.ts";

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
