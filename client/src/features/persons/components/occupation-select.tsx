import type { ComponentProps } from "react";
import { SelectField } from "#client/components/select-field.tsx";
import { kldbMainGroupCodes, kldbMainGroups, kldbOccupations } from "#shared/reference/kldb.ts";

type OccupationSelectProps = Omit<ComponentProps<"select">, "children"> & {
  label: string;
  emptyLabel: string;
  error?: string;
  optionalLabel?: string;
};

const finerCodes = Object.keys(kldbOccupations).sort();
const INDENT = "\u00a0\u00a0\u00a0\u00a0";

/** KldB 2010: the 37 main groups, each followed by the finer 5-digit codes that belong to it. */
export function OccupationSelect({ emptyLabel, ...select }: OccupationSelectProps) {
  return (
    <SelectField {...select}>
      <option value="">{emptyLabel}</option>
      {kldbMainGroupCodes.map((group) => [
        <option key={group} value={group}>
          {group} · {kldbMainGroups[group]}
        </option>,
        ...finerCodes
          .filter((code) => code.startsWith(group))
          .map((code) => (
            <option key={code} value={code}>
              {INDENT}
              {code} · {kldbOccupations[code]}
            </option>
          )),
      ])}
    </SelectField>
  );
}
