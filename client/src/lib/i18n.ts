import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import de from "../locales/de.json";
import en from "../locales/en.json";
import { type Language, toLanguage } from "./format.ts";

export const languages: readonly Language[] = ["de", "en"];
const STORAGE_KEY = "ankommen.language";

function storedLanguage(): Language {
  try {
    return toLanguage(window.localStorage.getItem(STORAGE_KEY) ?? "de");
  } catch {
    return "de";
  }
}

function rememberLanguage(language: string) {
  const chosen = toLanguage(language);
  document.documentElement.lang = chosen;
  try {
    window.localStorage.setItem(STORAGE_KEY, chosen);
  } catch {
    // Private browsing may forbid storage; the choice then lasts for this page only.
  }
}

export function initI18n() {
  i18n.on("languageChanged", rememberLanguage);
  void i18n.use(initReactI18next).init({
    resources: { de: { translation: de }, en: { translation: en } },
    lng: storedLanguage(),
    fallbackLng: "de",
    supportedLngs: languages,
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  document.documentElement.lang = toLanguage(i18n.language);
  return i18n;
}
