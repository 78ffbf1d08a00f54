import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { SessionUser } from "#shared/schemas/auth.ts";
import { LanguageSwitch } from "../../components/language-switch.tsx";
import { SignOutButton } from "../../features/auth/components/sign-out-button.tsx";

export function AppHeader({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            A
          </span>
          <span className="brand-name">{t("app.name")}</span>
        </Link>
        <div className="app-header-tools">
          <div className="user-badge">
            <span className="user-name">{user.name}</span>
            <span className="user-place">
              {user.companyName && <span className="user-place-part">{user.companyName}</span>}
              <span className="user-place-part">{user.centreName}</span>
            </span>
          </div>
          <LanguageSwitch />
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
