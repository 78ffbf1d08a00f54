import type { ComponentProps } from "react";
import type { Caseworker } from "#shared/schemas/user.ts";
import { SelectField } from "./select-field.tsx";

type CaseworkerSelectProps = Omit<ComponentProps<typeof SelectField>, "children"> & {
  caseworkers: Caseworker[];
  emptyLabel?: string;
  current?: Caseworker | null;
};

/** Someone no longer active keeps showing as the current choice instead of silently becoming the first option. */
export function CaseworkerSelect({ caseworkers, emptyLabel, current, ...select }: CaseworkerSelectProps) {
  const missing = current && !caseworkers.some((caseworker) => caseworker.id === current.id);
  const options = missing ? [...caseworkers, current] : caseworkers;
  return (
    <SelectField {...select}>
      {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
      {options.map((caseworker) => (
        <option key={caseworker.id} value={caseworker.id}>
          {caseworker.name}
        </option>
      ))}
    </SelectField>
  );
}
