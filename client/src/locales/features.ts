/**
 * The message catalogues of lazily loaded features, each under its own top-level key. A feature keeps
 * `locales/de.json` and `locales/en.json` in its folder and registers them with `addFeatureMessages`.
 */
export type FeatureMessages = {
  placeholder: Record<string, string>;
};
