import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { LegalHold } from "#shared/schemas/anonymisation.ts";
import "../messages.ts";

/** The refusal in words: which programme keeps the person, and until when. */
export function LegalHoldAlert({ holds }: { holds: LegalHold[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Alert tone="warning">
      <strong>{t("anonymisation.heldTitle")}</strong>
      <p>{t("anonymisation.heldIntro")}</p>
      <ul>
        {holds.map((hold) => (
          <li key={hold.programmeId}>
            {hold.keepUntil
              ? t("anonymisation.heldUntil", {
                  programme: hold.programmeName,
                  date: formatDate(hold.keepUntil, language),
                })
              : t("anonymisation.heldOpen", { programme: hold.programmeName })}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
