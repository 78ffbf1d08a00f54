import { useTranslation } from "react-i18next";
import { type LoaderFunctionArgs, redirect, useNavigate, useSearchParams } from "react-router";
import type { SessionUser } from "../../../../shared/schemas/auth.ts";
import { Alert } from "../../components/alert.tsx";
import { DocumentTitle } from "../../components/document-title.tsx";
import { LanguageSwitch } from "../../components/language-switch.tsx";
import { LoginForm } from "../../features/auth/components/login-form.tsx";
import { canVisit } from "../access.ts";
import { homePathOf, safeRedirectTarget } from "../navigation.ts";
import { loadSessionUser } from "../session.ts";

function landingPathOf(user: SessionUser, redirectTo: string | null): string {
  const target = safeRedirectTarget(redirectTo);
  if (target && canVisit(user.role, new URL(target, window.location.origin).pathname)) return target;
  return homePathOf(user.role);
}

export async function loginLoader({ request }: LoaderFunctionArgs) {
  const user = await loadSessionUser();
  if (user) throw redirect(landingPathOf(user, new URL(request.url).searchParams.get("redirectTo")));
  return null;
}

export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const onSignedIn = (user: SessionUser) =>
    void navigate(landingPathOf(user, searchParams.get("redirectTo")), { replace: true });

  return (
    <div className="auth-page">
      <DocumentTitle title={t("auth.signIn")} />
      <header className="auth-topbar">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true">
            A
          </span>
          <span className="brand-name">{t("app.name")}</span>
        </span>
        <LanguageSwitch />
      </header>
      <main className="auth-main">
        <div className="auth-card">
          <h1 className="page-title">{t("auth.signIn")}</h1>
          <p className="auth-intro">{t("auth.intro")}</p>
          {searchParams.has("expired") && <Alert tone="info">{t("auth.sessionExpired")}</Alert>}
          <LoginForm onSignedIn={onSignedIn} />
        </div>
        <p className="auth-footnote">{t("app.tagline")}</p>
      </main>
    </div>
  );
}
