import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { UnsubscribePanel } from "../../features/mail/components/unsubscribe-panel.tsx";
import { AuthShell } from "../layout/auth-shell.tsx";
import "../../features/mail/messages.ts";

export function UnsubscribeRoute() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  return (
    <AuthShell title={t("mail.unsubscribeTitle")}>
      <h1 className="page-title">{t("mail.unsubscribeTitle")}</h1>
      <UnsubscribePanel token={searchParams.get("token")} />
    </AuthShell>
  );
}
