import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { FieldErrorLike } from "../../../lib/field-error-text.ts";
import { useFieldError } from "../../../lib/use-field-error.ts";

type CompanyValidationKey =
  | "companies.validation.atLeastOne"
  | "companies.validation.atMost500"
  | "companies.validation.tooManyContacts"
  | "companies.validation.duplicate";

const companyMessages: [RegExp, CompanyValidationKey][] = [
  [/^Mindestens 1$/, "companies.validation.atLeastOne"],
  [/^Höchstens 500$/, "companies.validation.atMost500"],
  [/^Höchstens 20 Ansprechpersonen$/, "companies.validation.tooManyContacts"],
  [/^Doppelt angegeben$/, "companies.validation.duplicate"],
];

/** The shared schemas' German messages that the app catalogue does not know, in both languages. */
export function useCompanyFieldError(): (error: FieldErrorLike | undefined) => string | undefined {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  return useCallback(
    (error: FieldErrorLike | undefined) => {
      const message = error?.message?.trim() ?? "";
      const known = companyMessages.find(([pattern]) => pattern.test(message));
      return known ? t(known[1]) : fieldError(error);
    },
    [t, fieldError],
  );
}
