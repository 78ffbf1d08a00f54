import { useFormContext } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { districts } from "../../../../../shared/reference/districts.ts";
import { chambers, sectors, sizeBands } from "../../../../../shared/reference/employers.ts";
import type { CompanyCreateSchema } from "../../../../../shared/schemas/company.ts";
import { SelectField } from "../../../components/select-field.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { TextareaField } from "../../../components/textarea-field.tsx";
import { useFieldError } from "../../../lib/use-field-error.ts";
import "../messages.ts";

export type CompanyFormValues = z.input<typeof CompanyCreateSchema>;
export const orNull = { setValueAs: (value: string | null) => (value ? value : null) };
export const profileFieldNames = ["name", "sector", "chamber", "district", "sizeBand", "notes"] as const;

export function CompanyProfileFields({ promptDistrict = false }: { promptDistrict?: boolean }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, formState } = useFormContext<CompanyFormValues>();
  const errors = formState.errors;
  return (
    <>
      <div className="form-grid">
        <TextField
          label={t("companies.fields.name")}
          autoComplete="organization"
          error={fieldError(errors.name)}
          {...register("name")}
        />
        <SelectField
          label={t("companies.fields.sector")}
          error={fieldError(errors.sector)}
          {...register("sector")}
        >
          {sectors.map((sector) => (
            <option key={sector} value={sector}>
              {t(`companies.sectors.${sector}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("companies.fields.district")}
          error={fieldError(errors.district)}
          {...register("district")}
        >
          {promptDistrict && <option value="">{t("common.notSpecified")}</option>}
          {districts.map((district) => (
            <option key={district} value={district}>
              {t(`districts.${district}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("companies.fields.chamber")}
          optionalLabel={t("common.optional")}
          error={fieldError(errors.chamber)}
          {...register("chamber", orNull)}
        >
          <option value="">{t("common.notSpecified")}</option>
          {chambers.map((chamber) => (
            <option key={chamber} value={chamber}>
              {t(`companies.chambers.${chamber}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("companies.fields.sizeBand")}
          hint={t("companies.fields.sizeBandHint")}
          optionalLabel={t("common.optional")}
          error={fieldError(errors.sizeBand)}
          {...register("sizeBand", orNull)}
        >
          <option value="">{t("common.notSpecified")}</option>
          {sizeBands.map((band) => (
            <option key={band} value={band}>
              {t(`companies.sizeBands.${band}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <TextareaField
        label={t("companies.fields.notes")}
        optionalLabel={t("common.optional")}
        rows={3}
        error={fieldError(errors.notes)}
        {...register("notes", orNull)}
      />
    </>
  );
}
