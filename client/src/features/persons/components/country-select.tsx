import { type ComponentProps, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { countryCodes, countryName } from "../../../../../shared/reference/countries.ts";
import { SelectField } from "../../../components/select-field.tsx";
import { useLanguage } from "../../../lib/use-language.ts";

type CountrySelectProps = Omit<ComponentProps<"select">, "children"> & {
  label: string;
  emptyLabel: string;
  error?: string;
  optionalLabel?: string;
};

export function CountrySelect({ emptyLabel, ...select }: CountrySelectProps) {
  const { i18n } = useTranslation();
  const language = useLanguage();
  const options = useMemo(
    () =>
      countryCodes
        .map((code) => ({ code, name: countryName(code, language) }))
        .sort((a, b) => a.name.localeCompare(b.name, i18n.language)),
    [language, i18n.language],
  );
  return (
    <SelectField {...select}>
      <option value="">{emptyLabel}</option>
      {options.map((option) => (
        <option key={option.code} value={option.code}>
          {option.name}
        </option>
      ))}
    </SelectField>
  );
}
