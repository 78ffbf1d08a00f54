import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { describedBy } from "#client/components/field.tsx";
import { useLanguage } from "#client/lib/use-language.ts";
import { languageName, languageOptions } from "#shared/reference/countries.ts";
import "../messages.ts";

type LanguagePickerProps = { value: string[]; onChange: (codes: string[]) => void; error?: string };

export function LanguagePicker({ value, onChange, error }: LanguagePickerProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const selectId = useId();
  const options = useMemo(() => languageOptions(language), [language]);
  const add = (code: string) => {
    if (code && !value.includes(code)) onChange([...value, code]);
  };
  return (
    <fieldset className={error ? "fieldset field-invalid" : "fieldset"}>
      <legend className="field-label">
        {t("persons.fields.languages")} <span className="field-optional">({t("common.optional")})</span>
      </legend>
      {value.length > 0 && (
        <ul className="chip-list" aria-label={t("persons.chosenLanguages")}>
          {value.map((code) => (
            <li key={code} className="chip">
              <span>{languageName(code, language)}</span>
              <button
                type="button"
                className="chip-remove"
                onClick={() => onChange(value.filter((item) => item !== code))}
                aria-label={t("persons.removeLanguage", { language: languageName(code, language) })}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="visually-hidden" htmlFor={selectId}>
        {t("persons.addLanguage")}
      </label>
      <select
        id={selectId}
        className="input select"
        value=""
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(selectId, undefined, error)}
        onChange={(event) => add(event.target.value)}
      >
        <option value="">{t("persons.addLanguage")}</option>
        {options
          .filter((option) => !value.includes(option.code))
          .map((option) => (
            <option key={option.code} value={option.code}>
              {option.label}
            </option>
          ))}
      </select>
      {error && (
        <p className="field-error" id={`${selectId}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
