import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useUnsubscribe } from "../api/unsubscribe.ts";
import "../messages.ts";

/** The page an unsubscribe link opens: the click, not the visit, unsubscribes (mail scanners open links too). */
export function UnsubscribePanel({ token }: { token: string | null }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const unsubscribe = useUnsubscribe();
  if (!token) return <Alert>{t("mail.unsubscribeMissing")}</Alert>;
  if (unsubscribe.isSuccess)
    return <p role="status">{t("mail.unsubscribed", { kind: t(`mail.kinds.${unsubscribe.data.kind}`) })}</p>;
  return (
    <>
      <p>{t("mail.unsubscribeText")}</p>
      {unsubscribe.isError && <Alert>{errorMessage(unsubscribe.error)}</Alert>}
      <Button busy={unsubscribe.isPending} onClick={() => unsubscribe.mutate(token)}>
        {t("mail.unsubscribeButton")}
      </Button>
    </>
  );
}
