import type { ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { SelectField } from "#client/components/select-field.tsx";
import "../messages.ts";

type Choice = { value: string; label: string };

/** A select whose empty option means "not recorded yet" (null). */
export function EsfChoice({
  label,
  value,
  choices,
  error,
  onChange,
  allowEmpty = true,
}: {
  label: string;
  value: string | null;
  choices: readonly Choice[];
  error?: string | undefined;
  onChange: (value: string | null) => void;
  allowEmpty?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={label}
      error={error}
      value={value ?? ""}
      onChange={(event: ChangeEvent<HTMLSelectElement>) => onChange(event.target.value || null)}
    >
      {allowEmpty && <option value="">{t("esf.record.choose")}</option>}
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </SelectField>
  );
}

export const yesNoOf = (value: boolean | null) => (value === null ? null : value ? "yes" : "no");
export const booleanOf = (value: string | null) => (value === null ? null : value === "yes");
