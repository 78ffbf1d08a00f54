import { useTranslation } from "react-i18next";
import { ButtonLink } from "#client/components/button.tsx";
import { PageHeader } from "#client/components/page-header.tsx";
import { useSessionUser } from "#client/features/auth/api/get-me.ts";
import { UsersList } from "#client/features/users/components/users-list.tsx";
import { can } from "#shared/auth/permissions.ts";
import "#client/features/users/messages.ts";

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
