import { type ComponentProps, useMemo } from "react";
import { SelectField } from "#client/components/select-field.tsx";
import { useLanguage } from "#client/lib/use-language.ts";
import { countryOptions } from "#shared/reference/countries.ts";

type AgencyCountrySelectProps = Omit<ComponentProps<typeof SelectField>, "children"> & { emptyLabel: string };

export function AgencyCountrySelect({ emptyLabel, ...select }: AgencyCountrySelectProps) {
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
