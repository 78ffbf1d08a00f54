import { useTranslation } from "react-i18next";
import { can } from "../../../../../shared/auth/permissions.ts";
import { ButtonLink } from "../../../components/button.tsx";
import { PageHeader } from "../../../components/page-header.tsx";
import { useSessionUser } from "../../../features/auth/api/get-me.ts";
import { UsersList } from "../../../features/users/components/users-list.tsx";
import "../../../features/users/messages.ts";

export function UsersRoute() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const canCreate = can(user.role, "create:user");
  return (
    <>
      <PageHeader
        title={t("users.title")}
        description={t("users.description", { centre: user.centreName })}
        actions={
          canCreate && (
            <ButtonLink variant="primary" to="/admin/users/new">
              {t("users.new")}
            </ButtonLink>
          )
        }
      />
      <UsersList currentUserId={user.id} canCreate={canCreate} />
    </>
  );
}
