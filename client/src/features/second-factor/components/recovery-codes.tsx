import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";

type RecoveryCodesProps = { codes: string[]; onDone: () => void };

export function RecoveryCodes({ codes, onDone }: RecoveryCodesProps) {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="page-title">{t("secondFactor.recoveryTitle")}</h1>
      <p className="auth-intro">{t("secondFactor.recoveryIntro")}</p>
      <ul className="recovery-codes" aria-label={t("secondFactor.recoveryTitle")}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <Button variant="primary" className="button-block" onClick={onDone} autoFocus>
        {t("secondFactor.recoveryDone")}
      </Button>
    </>
  );
}
