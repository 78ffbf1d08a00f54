import { type ComponentProps, useMemo } from "react";
import { countryOptions } from "../../../../../shared/reference/countries.ts";
import { SelectField } from "../../../components/select-field.tsx";
import { useLanguage } from "../../../lib/use-language.ts";

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
