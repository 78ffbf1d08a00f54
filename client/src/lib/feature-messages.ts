import i18n from "i18next";
import type { FeatureMessages } from "../locales/features.ts";

/**
 * Feature catalogues are merged into the translation namespace when the (lazily loaded) feature is
 * first imported, so their strings do not weigh on the sign-in page's JavaScript.
 */
export function addFeatureMessages<Key extends keyof FeatureMessages>(
  key: Key,
  messages: { de: FeatureMessages[Key]; en: FeatureMessages[Key] },
): void {
  if (!i18n.isInitialized) return;
  for (const language of ["de", "en"] as const) {
    i18n.addResourceBundle(language, "translation", { [key]: messages[language] }, true, true);
  }
}
