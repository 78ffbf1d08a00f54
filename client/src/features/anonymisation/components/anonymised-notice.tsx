import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import "../messages.ts";

export function AnonymisedNotice({ anonymisedAt }: { anonymisedAt: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Alert tone="info" role="status">
      {t("anonymisation.anonymisedOn", { date: formatDate(anonymisedAt, language) })}
    </Alert>
  );
}
