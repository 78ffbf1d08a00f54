import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { PageHeader } from "#client/components/page-header.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { CreateUserForm } from "#client/features/users/components/create-user-form.tsx";
import type { User } from "#shared/schemas/user.ts";
import "#client/features/users/messages.ts";

export function NewUserRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const showToast = useToast();
  const onCreated = (user: User) => {
    showToast(t(user.grantPending ? "users.createdPending" : "users.created", { name: user.name }));
    void navigate("/admin/users");
  };
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="breadcrumb">
        <Link to="/admin/users">{t("users.title")}</Link>
      </nav>
      <PageHeader title={t("users.new")} description={t("users.newDescription")} />
      <div className="card card-narrow">
        <CreateUserForm onCreated={onCreated} cancelTo="/admin/users" />
      </div>
    </>
  );
}
