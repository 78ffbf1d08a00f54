import type de from "./locales/de.json";
import type { FeatureMessages } from "./locales/features.ts";
import type signIn from "./locales/sign-in/de.json";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof signIn & typeof de & FeatureMessages };
  }
}
