import { useTranslation } from "react-i18next";
import { type Language, toLanguage } from "../lib/format.ts";
import { languages, loadLanguage } from "../lib/i18n.ts";

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current = toLanguage(i18n.resolvedLanguage);
  const choose = (language: Language) =>
    void loadLanguage(language)
      .then(() => i18n.changeLanguage(language))
      .catch(() => undefined);
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t("language.label")}</legend>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-option"
          aria-pressed={current === language}
          onClick={() => choose(language)}
        >
          {t(`language.${language}`)}
        </button>
      ))}
    </fieldset>
  );
}
