import "../../features/second-factor/messages.ts";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { type LoaderFunctionArgs, redirect, useNavigate, useSearchParams } from "react-router";
import { Button } from "../../components/button.tsx";
import { useMe } from "../../features/auth/api/get-me.ts";
import { useLogout } from "../../features/auth/api/logout.ts";
import { CodeStep } from "../../features/second-factor/components/code-step.tsx";
import { EnrolmentStep } from "../../features/second-factor/components/enrolment-step.tsx";
import { PasswordChangeStep } from "../../features/second-factor/components/password-change-step.tsx";
import { AuthShell } from "../layout/auth-shell.tsx";
import { loadSignInState } from "../session.ts";
import { landingPathOf } from "./login.tsx";

export async function signInStepLoader({ request }: LoaderFunctionArgs) {
  const state = await loadSignInState();
  const redirectTo = new URL(request.url).searchParams.get("redirectTo");
  if (!state) throw redirect("/login");
  if (!state.nextStep) throw redirect(landingPathOf(state, redirectTo));
  return null;
}

const titles = {
  "second-factor": "secondFactor.codeTitle",
  enrolment: "secondFactor.enrolTitle",
  "password-change": "secondFactor.passwordTitle",
} as const;

export function SignInStepRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const { data: state } = useMe();
  const logout = useLogout();

  useEffect(() => {
    if (state === null) void navigate("/login", { replace: true });
    else if (state && !state.nextStep)
      void navigate(landingPathOf(state, searchParams.get("redirectTo")), { replace: true });
  }, [state, navigate, searchParams]);

  if (!state?.nextStep) return null;
  return (
    <AuthShell title={t(titles[state.nextStep])}>
      {state.nextStep === "second-factor" && <CodeStep />}
      {state.nextStep === "enrolment" && <EnrolmentStep />}
      {state.nextStep === "password-change" && <PasswordChangeStep />}
      <Button variant="quiet" className="button-block auth-secondary" onClick={() => logout.mutate()}>
        {t("secondFactor.signOut")}
      </Button>
    </AuthShell>
  );
}
