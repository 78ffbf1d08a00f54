import { useTranslation } from "react-i18next";
import { type LoaderFunctionArgs, redirect, useNavigate, useSearchParams } from "react-router";
import type { SessionUser, SignInState } from "#shared/schemas/auth.ts";
import { Alert } from "../../components/alert.tsx";
import { LoginForm } from "../../features/auth/components/login-form.tsx";
import { canVisit } from "../access.ts";
import { AuthShell } from "../layout/auth-shell.tsx";
import { homePathOf, safeRedirectTarget } from "../navigation.ts";
import { loadSignInState, signInStepPath } from "../session.ts";

export function landingPathOf(user: SessionUser, redirectTo: string | null): string {
  const target = safeRedirectTarget(redirectTo);
  if (target && canVisit(user.role, new URL(target, window.location.origin).pathname)) return target;
  return homePathOf(user.role);
}

export async function loginLoader({ request }: LoaderFunctionArgs) {
  const state = await loadSignInState();
  const redirectTo = new URL(request.url).searchParams.get("redirectTo");
  if (state?.nextStep) throw redirect(signInStepPath(redirectTo));
  if (state) throw redirect(landingPathOf(state, redirectTo));
  return null;
}

export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const onSignedIn = (state: SignInState) => {
    const redirectTo = searchParams.get("redirectTo");
    void navigate(state.nextStep ? signInStepPath(redirectTo) : landingPathOf(state, redirectTo), {
      replace: true,
    });
  };

  return (
    <AuthShell title={t("auth.signIn")}>
      <h1 className="page-title">{t("auth.signIn")}</h1>
      <p className="auth-intro">{t("auth.intro")}</p>
      {searchParams.has("expired") && <Alert tone="info">{t("auth.sessionExpired")}</Alert>}
      <LoginForm onSignedIn={onSignedIn} />
    </AuthShell>
  );
}
