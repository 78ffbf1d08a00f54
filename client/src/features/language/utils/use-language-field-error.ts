import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrorLike } from "../../../lib/field-error-text.ts";
import { useFieldError } from "../../../lib/use-field-error.ts";
import "../messages.ts";

/** The language rules' own messages (shared schema and server) in the reader's language; others as usual. */
export function useLanguageFieldError() {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  return useCallback(
    (error: FieldErrorLike | undefined): string | undefined => {
      const message = error?.message ?? "";
      const certified = /^(.+) bescheinigt erst ab ([A-C][12])$/.exec(message);
      if (certified)
        return t("language.validation.certifiedFrom", { provider: certified[1], level: certified[2] });
      const known = {
        "Mindestens ein Niveau angeben": "language.validation.atLeastOneLevel",
        "Bitte angeben, wer eingeschätzt hat": "language.validation.assessorRequired",
        "Datum vor 1990": "language.validation.before1990",
        "Person nicht gefunden": "language.validation.personNotFound",
        "Person doppelt": "language.validation.duplicatePerson",
        "Bitte den Betrieb angeben": "language.validation.companyRequired",
        "Betrieb nicht gefunden": "language.validation.companyNotFound",
        "Mindestens eine teilnehmende Person": "language.validation.participantsRequired",
      } as const;
      const key = known[message as keyof typeof known];
      return key ? t(key) : fieldError(error);
    },
    [t, fieldError],
  );
}
