import type de from "./locales/de.json";
import type { FeatureMessages } from "./locales/features.ts";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof de & FeatureMessages };
  }
}
