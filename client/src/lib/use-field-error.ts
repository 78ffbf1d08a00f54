import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { type FieldErrorLike, fieldErrorText } from "./field-error-text.ts";
import { toLanguage } from "./format.ts";

export function useFieldError(): (error: FieldErrorLike | undefined) => string | undefined {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  return useCallback(
    (error: FieldErrorLike | undefined) => {
      if (!error) return undefined;
      const text = fieldErrorText(error, language);
      if (text.text !== undefined) return text.text;
      const { key, ...params } = text;
      return t(key, params);
    },
    [t, language],
  );
}
