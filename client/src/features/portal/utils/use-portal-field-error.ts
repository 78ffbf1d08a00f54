import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrorLike } from "../../../lib/field-error-text.ts";
import { useFieldError } from "../../../lib/use-field-error.ts";

type PortalValidationKey =
  | "portal.validation.endBeforeStart"
  | "portal.validation.minPlaces"
  | "portal.validation.maxPlaces"
  | "portal.validation.minPeople"
  | "portal.validation.maxPeople"
  | "portal.validation.levelRequired"
  | "portal.validation.assessorRequired"
  | "portal.validation.before1990"
  | "portal.validation.reasonRequired";

const portalMessages: [RegExp, PortalValidationKey][] = [
  [/^Ende vor dem Beginn$/, "portal.validation.endBeforeStart"],
  [/^Mindestens 1 Platz$/, "portal.validation.minPlaces"],
  [/^Höchstens 100 Plätze$/, "portal.validation.maxPlaces"],
  [/^Mindestens 1$/, "portal.validation.minPeople"],
  [/^Höchstens 500$/, "portal.validation.maxPeople"],
  [/^Mindestens ein Niveau angeben$/, "portal.validation.levelRequired"],
  [/^Bitte angeben, wer eingeschätzt hat$/, "portal.validation.assessorRequired"],
  [/^Datum vor 1990$/, "portal.validation.before1990"],
  [/^Bitte einen Grund auswählen$/, "portal.validation.reasonRequired"],
];

/** The shared schemas' German messages that the app catalogue does not know, in both languages. */
export function usePortalFieldError(): (error: FieldErrorLike | undefined) => string | undefined {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  return useCallback(
    (error: FieldErrorLike | undefined) => {
      const message = error?.message?.trim() ?? "";
      const known = portalMessages.find(([pattern]) => pattern.test(message));
      return known ? t(known[1]) : fieldError(error);
    },
    [t, fieldError],
  );
}
