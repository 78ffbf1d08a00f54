import type { ComponentProps } from "react";
import { kldbMainGroupCodes, kldbMainGroups, kldbOccupations } from "../../../shared/reference/kldb.ts";
import { SelectField } from "./select-field.tsx";

type OccupationCodeSelectProps = Omit<ComponentProps<"select">, "children"> & {
  label: string;
  emptyLabel: string;
  error?: string;
  optionalLabel?: string;
  groupsOnly?: boolean;
};

const finerCodes = Object.keys(kldbOccupations).sort();
const INDENT = "\u00a0\u00a0\u00a0\u00a0";

/** KldB 2010 main groups (and, unless `groupsOnly`, the finer 5-digit codes below each). */
export function OccupationCodeSelect({
  emptyLabel,
  groupsOnly = false,
  ...select
}: OccupationCodeSelectProps) {
  return (
    <SelectField {...select}>
      <option value="">{emptyLabel}</option>
      {kldbMainGroupCodes.map((group) => [
        <option key={group} value={group}>
          {group} · {kldbMainGroups[group]}
        </option>,
        ...(groupsOnly ? [] : finerCodes)
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
