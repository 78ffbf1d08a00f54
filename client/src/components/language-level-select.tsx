import type { ComponentProps } from "react";
import { cefrLevels } from "#shared/reference/cefr.ts";
import { SelectField } from "./select-field.tsx";

type LanguageLevelSelectProps = Omit<ComponentProps<typeof SelectField>, "children"> & { emptyLabel: string };

export function LanguageLevelSelect({ emptyLabel, ...select }: LanguageLevelSelectProps) {
  return (
    <SelectField {...select}>
      <option value="">{emptyLabel}</option>
      {cefrLevels.map((level) => (
        <option key={level} value={level}>
          {level}
        </option>
      ))}
    </SelectField>
  );
}
