import { useTranslation } from "react-i18next";
import { type Language, toLanguage } from "./format.ts";

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return toLanguage(i18n.resolvedLanguage);
}
