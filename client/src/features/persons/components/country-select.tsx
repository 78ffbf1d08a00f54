import { type ComponentProps, useMemo } from "react";
import { SelectField } from "#client/components/select-field.tsx";
import { useLanguage } from "#client/lib/use-language.ts";
import { countryOptions } from "#shared/reference/countries.ts";

type CountrySelectProps = Omit<ComponentProps<"select">, "children"> & {
  label: string;
  emptyLabel: string;
  error?: string;
  optionalLabel?: string;
};

export function CountrySelect({ emptyLabel, ...select }: CountrySelectProps) {
  const language = useLanguage();
  const options = useMemo(() => countryOptions(language), [language]);
  return (
    <SelectField {...select}>
      <option value="">{emptyLabel}</option>
      {options.map((option) => (
        <option key={option.code} value={option.code}>
          {option.label}
        </option>
      ))}
    </SelectField>
  );
}
