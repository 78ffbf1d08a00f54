import type { ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { SelectField } from "#client/components/select-field.tsx";
import { districts } from "#shared/reference/districts.ts";
import { municipalities, municipalityOf } from "#shared/reference/municipalities.ts";
import { booleanOf, EsfChoice, yesNoOf } from "./esf-choice.tsx";
import "../messages.ts";

type Value = { municipality: string | null; ruralArea: boolean | null };

/** The municipality of residence at entry; rural area follows from its DEGURBA class, else it is answered. */
export function EsfMunicipalityFields({
  municipality,
  ruralArea,
  error,
  onChange,
}: Value & { error?: string | undefined; onChange: (value: Partial<Value>) => void }) {
  const { t } = useTranslation();
  const known = municipalityOf(municipality);
  const yesNo = (["yes", "no"] as const).map((value) => ({ value, label: t(`esf.answer.${value}`) }));
  const choose = (event: ChangeEvent<HTMLSelectElement>) => {
    const chosen = municipalityOf(event.target.value || null);
    onChange({
      municipality: chosen?.code ?? null,
      ...(chosen && { ruralArea: chosen.degurba === 3 }),
    });
  };
  return (
    <>
      <SelectField
        label={t("esf.record.municipality")}
        hint={t("esf.record.municipalityHint")}
        error={error}
        value={municipality ?? ""}
        onChange={choose}
      >
        <option value="">{t("esf.record.municipalityOutside")}</option>
        {districts.map((district) => (
          <optgroup key={district} label={t(`districts.${district}`)}>
            {municipalities
              .filter((entry) => entry.district === district)
              .map((entry) => (
                <option key={entry.code} value={entry.code}>
                  {entry.name}
                </option>
              ))}
          </optgroup>
        ))}
      </SelectField>
      {known ? (
        <p className="text-muted" aria-live="polite">
          {t("esf.record.ruralAreaDerived", { degree: t(`esf.record.degurba${known.degurba}`) })}
        </p>
      ) : (
        <EsfChoice
          label={t("esf.record.ruralArea")}
          value={yesNoOf(ruralArea)}
          choices={yesNo}
          onChange={(value) => onChange({ ruralArea: booleanOf(value) })}
        />
      )}
    </>
  );
}
