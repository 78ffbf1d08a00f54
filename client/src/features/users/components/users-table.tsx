import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { DataTable } from "#client/components/data-table.tsx";
import { formatDateTime } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { User } from "#shared/schemas/user.ts";
import "../messages.ts";

function BreakableEmail({ email }: { email: string }) {
  const at = email.indexOf("@");
  if (at < 0) return email;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}

type UsersTableProps = {
  users: User[];
  currentUserId: string;
  pendingUserId: string | null;
  onToggleActive: (user: User) => void;
  onResetPassword: (user: User) => void;
  onResetSecondFactor: (user: User) => void;
};

export function UsersTable({
  users,
  currentUserId,
  pendingUserId,
  onToggleActive,
  onResetPassword,
  onResetSecondFactor,
}: UsersTableProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <DataTable caption={t("users.tableCaption")} captionHidden>
      <thead>
        <tr>
          <th scope="col">{t("users.name")}</th>
          <th scope="col" className="hide-narrow">
            {t("users.email")}
          </th>
          <th scope="col">{t("users.role")}</th>
          <th scope="col">{t("users.company")}</th>
          <th scope="col">{t("users.status")}</th>
          <th scope="col">{t("users.lastLogin")}</th>
          <th scope="col">
            <span className="visually-hidden">{t("common.actions")}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {users.map((user) => (
          <tr key={user.id} className={user.active ? undefined : "row-muted"}>
            <th scope="row" className="cell-name">
              {user.name}
              <span className="cell-sub only-narrow">
                <BreakableEmail email={user.email} />
              </span>
            </th>
            <td className="cell-email hide-narrow">
              <BreakableEmail email={user.email} />
            </td>
            <td>{t(`roles.${user.role}`)}</td>
            <td>{user.companyName ?? <span className="text-muted">–</span>}</td>
            <td>
              {user.grantPending ? (
                <span className="badge badge-warning">{t("users.grantPending")}</span>
              ) : (
                <span className={user.active ? "badge badge-success" : "badge badge-neutral"}>
                  {user.active ? t("users.active") : t("users.inactive")}
                </span>
              )}
            </td>
            <td className="cell-nowrap cell-wrap-narrow">
              {user.lastLoginAt ? (
                formatDateTime(user.lastLoginAt, language)
              ) : (
                <span className="text-muted">{t("users.neverSignedIn")}</span>
              )}
            </td>
            <td className="cell-actions">
              <Button
                variant="quiet"
                className="button-small"
                onClick={() => onResetPassword(user)}
                aria-label={t("users.resetPasswordFor", { name: user.name })}
              >
                {t("users.resetPassword")}
              </Button>
              {user.secondFactorEnrolled && user.id !== currentUserId && (
                <Button
                  variant="quiet"
                  className="button-small"
                  onClick={() => onResetSecondFactor(user)}
                  aria-label={t("users.resetSecondFactorFor", { name: user.name })}
                >
                  {t("users.resetSecondFactor")}
                </Button>
              )}
              {user.id !== currentUserId && !user.grantPending && (
                <Button
                  variant={user.active ? "quiet" : "secondary"}
                  className="button-small"
                  busy={pendingUserId === user.id}
                  onClick={() => onToggleActive(user)}
                  aria-label={t(user.active ? "users.deactivateUser" : "users.activateUser", {
                    name: user.name,
                  })}
                >
                  {user.active ? t("users.deactivate") : t("users.activate")}
                </Button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
