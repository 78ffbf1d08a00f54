import type { ComponentProps } from "react";
import { occupationOptions } from "#shared/reference/kldb.ts";
import { useLanguage } from "../lib/use-language.ts";
import { SelectField } from "./select-field.tsx";

type OccupationCodeSelectProps = Omit<ComponentProps<"select">, "children"> & {
  label: string;
  emptyLabel: string;
  error?: string;
  optionalLabel?: string;
  groupsOnly?: boolean;
};

const INDENT = "\u00a0\u00a0\u00a0\u00a0";

/** KldB 2010 main groups (and, unless `groupsOnly`, the finer 5-digit codes below each). */
export function OccupationCodeSelect({
  emptyLabel,
  groupsOnly = false,
  ...select
}: OccupationCodeSelectProps) {
  const { groups, occupations } = occupationOptions(useLanguage());
  return (
    <SelectField {...select}>
      <option value="">{emptyLabel}</option>
      {groups.map((group) => [
        <option key={group.code} value={group.code}>
          {group.label}
        </option>,
        ...(groupsOnly ? [] : occupations)
          .filter((occupation) => occupation.code.startsWith(group.code))
          .map((occupation) => (
            <option key={occupation.code} value={occupation.code}>
              {INDENT}
              {occupation.label}
            </option>
          )),
      ])}
    </SelectField>
  );
}
