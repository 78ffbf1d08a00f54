import { useTranslation } from "react-i18next";
import { PageHeader } from "../../../components/page-header.tsx";
import { useSessionUser } from "../../../features/auth/api/get-me.ts";
import { StaffRequestsList } from "../../../features/staff-requests/components/staff-requests-list.tsx";
import "../../../features/staff-requests/messages.ts";

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
