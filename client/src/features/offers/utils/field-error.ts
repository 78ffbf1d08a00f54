import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrorLike } from "../../../lib/field-error-text.ts";
import { useFieldError } from "../../../lib/use-field-error.ts";

type OfferValidationKey =
  | "offers.validation.endBeforeStart"
  | "offers.validation.minPlaces"
  | "offers.validation.maxPlaces"
  | "offers.end.reasonRequired";

const offerMessages: [RegExp, OfferValidationKey][] = [
  [/^Ende vor dem Beginn$/, "offers.validation.endBeforeStart"],
  [/^Mindestens 1 Platz$/, "offers.validation.minPlaces"],
  [/^Höchstens 100 Plätze$/, "offers.validation.maxPlaces"],
  [/^Bitte einen Grund auswählen$/, "offers.end.reasonRequired"],
];

/** The shared schemas' German messages that the app catalogue does not know, in both languages. */
export function useOfferFieldError(): (error: FieldErrorLike | undefined) => string | undefined {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  return useCallback(
    (error: FieldErrorLike | undefined) => {
      const message = error?.message?.trim() ?? "";
      const known = offerMessages.find(([pattern]) => pattern.test(message));
      return known ? t(known[1]) : fieldError(error);
    },
    [t, fieldError],
  );
}
