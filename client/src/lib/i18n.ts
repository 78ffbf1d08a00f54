import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import signIn from "../locales/sign-in/de.json";
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

type Part = "signIn" | "app";
type Catalogue = { default: object };

/**
 * Only the sign-in page's German strings are in the entry bundle. The app's core catalogue arrives with the
 * signed-in app (or the sign-in form's first check), English when first chosen.
 */
const catalogues: Record<Part, Record<Language, () => Promise<Catalogue>>> = {
  signIn: {
    de: () => Promise.resolve({ default: signIn }),
    en: () => import("../locales/sign-in/en.json"),
  },
  app: {
    de: () => import("../locales/de.json"),
    en: () => import("../locales/en.json"),
  },
};

const neededParts = new Set<Part>(["signIn"]);
const loadedCatalogues = new Map<string, Promise<void>>();

/** Merged deeply: feature catalogues may have arrived first. */
function loadCatalogue(language: Language, part: Part): Promise<void> {
  const key = `${language}:${part}`;
  let loading = loadedCatalogues.get(key);
  if (!loading) {
    loading = catalogues[part][language]().then((catalogue) => {
      i18n.addResourceBundle(language, "translation", catalogue.default, true, false);
    });
    loading.catch(() => loadedCatalogues.delete(key));
    loadedCatalogues.set(key, loading);
  }
  return loading;
}

export async function loadLanguage(language: Language): Promise<void> {
  await Promise.all([...neededParts].map((part) => loadCatalogue(language, part)));
}

/** The core catalogue in German (the fallback) and in the chosen language. */
export async function loadAppMessages(): Promise<void> {
  neededParts.add("app");
  const current = toLanguage(i18n.resolvedLanguage);
  await Promise.all([loadCatalogue("de", "app"), loadCatalogue(current, "app")]);
}

export async function initI18n() {
  const language = storedLanguage();
  i18n.on("languageChanged", rememberLanguage);
  void i18n.use(initReactI18next).init({
    resources: { de: { translation: signIn } },
    partialBundledLanguages: true,
    lng: "de",
    fallbackLng: "de",
    supportedLngs: languages,
    initAsync: false,
    interpolation: { escapeValue: false },
    react: { useSuspense: false, bindI18nStore: "added" },
  });
  if (language !== "de") {
    const loaded = await loadLanguage(language).then(
      () => true,
      () => false,
    );
    if (loaded) await i18n.changeLanguage(language);
  }
  document.documentElement.lang = toLanguage(i18n.resolvedLanguage);
  return i18n;
}
