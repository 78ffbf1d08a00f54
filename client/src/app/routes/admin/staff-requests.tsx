import { useTranslation } from "react-i18next";
import { PageHeader } from "#client/components/page-header.tsx";
import { useSessionUser } from "#client/features/auth/api/get-me.ts";
import { StaffRequestsList } from "#client/features/staff-requests/components/staff-requests-list.tsx";
import "#client/features/staff-requests/messages.ts";

export function StaffRequestsRoute() {
  const { t } = useTranslation();
  const user = useSessionUser();
  return (
    <>
      <PageHeader title={t("staffRequests.title")} description={t("staffRequests.description")} />
      <StaffRequestsList currentUserId={user.id} />
    </>
  );
}
