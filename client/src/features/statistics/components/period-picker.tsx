import { useTranslation } from "react-i18next";
import { CheckboxField } from "#client/components/checkbox-field.tsx";
import { SelectField } from "#client/components/select-field.tsx";
import { TextField } from "#client/components/text-field.tsx";
import { type PeriodChoice, type PeriodKind, selectableYears } from "../utils/period.ts";
import "../messages.ts";

type PeriodPickerProps = {
  choice: PeriodChoice;
  canSeeRegion: boolean;
  onChange: (choice: PeriodChoice) => void;
};

export function PeriodPicker({ choice, canSeeRegion, onChange }: PeriodPickerProps) {
  const { t } = useTranslation();
  const set = (changes: Partial<PeriodChoice>) => onChange({ ...choice, ...changes });
  return (
    <fieldset className="filters stat-period">
      <legend className="visually-hidden">{t("statistics.period.legend")}</legend>
      <SelectField
        label={t("statistics.period.kind")}
        value={choice.kind}
        onChange={(event) => set({ kind: event.target.value as PeriodKind })}
      >
        <option value="year">{t("statistics.period.year")}</option>
        <option value="quarter">{t("statistics.period.quarter")}</option>
        <option value="months">{t("statistics.period.months")}</option>
      </SelectField>
      {choice.kind !== "months" && (
        <SelectField
          label={t("statistics.period.year")}
          value={choice.year}
          onChange={(event) => set({ year: Number(event.target.value) })}
        >
          {selectableYears().map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </SelectField>
      )}
      {choice.kind === "quarter" && (
        <SelectField
          label={t("statistics.period.quarter")}
          value={choice.quarter}
          onChange={(event) => set({ quarter: Number(event.target.value) })}
        >
          {[1, 2, 3, 4].map((quarter) => (
            <option key={quarter} value={quarter}>
              {t("statistics.period.quarterOption", { quarter })}
            </option>
          ))}
        </SelectField>
      )}
      {choice.kind === "months" && (
        <>
          <TextField
            type="month"
            label={t("statistics.period.from")}
            value={choice.from}
            onChange={(event) => event.target.value && set({ from: event.target.value })}
          />
          <TextField
            type="month"
            label={t("statistics.period.to")}
            value={choice.to}
            onChange={(event) => event.target.value && set({ to: event.target.value })}
          />
        </>
      )}
      {canSeeRegion && (
        <SelectField
          label={t("statistics.period.scope")}
          value={choice.scope}
          onChange={(event) => set({ scope: event.target.value === "region" ? "region" : "centre" })}
        >
          <option value="centre">{t("statistics.period.centre")}</option>
          <option value="region">{t("statistics.period.region")}</option>
        </SelectField>
      )}
      <CheckboxField
        label={t("statistics.period.compare")}
        checked={choice.compare}
        onChange={(event) => set({ compare: event.target.checked })}
      />
    </fieldset>
  );
}
