import { useTranslation } from "react-i18next";
import { useVerifyCode } from "../api/sign-in-steps.ts";
import { CodeForm } from "./code-form.tsx";

export function CodeStep() {
  const { t } = useTranslation();
  const verify = useVerifyCode();
  return (
    <>
      <h1 className="page-title">{t("secondFactor.codeTitle")}</h1>
      <p className="auth-intro">{t("secondFactor.codeIntro")}</p>
      <CodeForm
        busy={verify.isPending}
        error={verify.error}
        onCode={(code, onError) => verify.mutate(code, { onError })}
      />
    </>
  );
}
