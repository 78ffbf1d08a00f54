import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import de from "../locales/de.json";
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

const loadedLanguages = new Set<Language>(["de"]);

/**
 * German is in the entry bundle; the English catalogue is fetched when first needed, so the sign-in
 * page's JavaScript does not carry both. Merged deeply: feature catalogues may have arrived first.
 */
export async function loadLanguage(language: Language): Promise<void> {
  if (loadedLanguages.has(language)) return;
  const catalogue = (await import("../locales/en.json")).default;
  i18n.addResourceBundle(language, "translation", catalogue, true, false);
  loadedLanguages.add(language);
}

export async function initI18n() {
  const language = storedLanguage();
  i18n.on("languageChanged", rememberLanguage);
  void i18n.use(initReactI18next).init({
    resources: { de: { translation: de } },
    partialBundledLanguages: true,
    lng: "de",
    fallbackLng: "de",
    supportedLngs: languages,
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  if (language !== "de") {
    await loadLanguage(language).catch(() => undefined);
    if (loadedLanguages.has(language)) await i18n.changeLanguage(language);
  }
  document.documentElement.lang = toLanguage(i18n.language);
  return i18n;
}
