import { Controller } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { DateField } from "#client/components/date-field.tsx";
import { SelectField } from "#client/components/select-field.tsx";
import { TextField } from "#client/components/text-field.tsx";
import { TextareaField } from "#client/components/textarea-field.tsx";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { residenceAreas } from "#shared/reference/districts.ts";
import { iscedLevels, iscedName } from "#shared/reference/education.ts";
import { genders } from "#shared/schemas/person.ts";
import { orNull, orUndefined, usePersonFormFields } from "../utils/person-form-fields.ts";
import { CountrySelect } from "./country-select.tsx";
import { LanguagePicker } from "./language-picker.tsx";
import { OccupationSelect } from "./occupation-select.tsx";
import "../messages.ts";

export function PersonEssentialFields({ promptDistrict = false }: { promptDistrict?: boolean }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, errors } = usePersonFormFields();
  return (
    <>
      <TextField
        label={t("persons.fields.familyName")}
        autoComplete="off"
        error={fieldError(errors.familyName)}
        {...register("familyName")}
      />
      <TextField
        label={t("persons.fields.givenNames")}
        autoComplete="off"
        error={fieldError(errors.givenNames)}
        {...register("givenNames")}
      />
      <TextField
        label={t("persons.fields.nameLatin")}
        optionalLabel={t("common.optional")}
        autoComplete="off"
        error={fieldError(errors.nameLatin)}
        {...register("nameLatin", orNull)}
      />
      <DateField
        label={t("persons.fields.birthDate")}
        error={fieldError(errors.birthDate)}
        {...register("birthDate")}
      />
      <SelectField
        label={t("persons.fields.gender")}
        optionalLabel={t("common.optional")}
        error={fieldError(errors.gender)}
        {...register("gender", orNull)}
      >
        <option value="">{t("common.notSpecified")}</option>
        {genders.map((gender) => (
          <option key={gender} value={gender}>
            {t(`genders.${gender}`)}
          </option>
        ))}
      </SelectField>
      <CountrySelect
        label={t("persons.fields.nationality")}
        emptyLabel={t("persons.chooseCountry")}
        error={fieldError(errors.nationality)}
        {...register("nationality")}
      />
      <SelectField
        label={t("persons.fields.district")}
        error={fieldError(errors.district)}
        {...register("district", orUndefined)}
      >
        {promptDistrict && <option value="">{t("persons.chooseDistrict")}</option>}
        {residenceAreas.map((area) => (
          <option key={area} value={area}>
            {t(`districts.${area}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t("persons.fields.email")}
        type="email"
        optionalLabel={t("common.optional")}
        autoComplete="off"
        spellCheck={false}
        error={fieldError(errors.email)}
        {...register("email", orNull)}
      />
      <TextField
        label={t("persons.fields.phone")}
        type="tel"
        optionalLabel={t("common.optional")}
        autoComplete="off"
        error={fieldError(errors.phone)}
        {...register("phone", orNull)}
      />
    </>
  );
}

export function PersonLanguagesField() {
  const fieldError = useFieldError();
  const { control, errors } = usePersonFormFields();
  return (
    <Controller
      control={control}
      name="languages"
      render={({ field }) => (
        <LanguagePicker
          value={field.value ?? []}
          onChange={field.onChange}
          error={fieldError(errors.languages)}
        />
      )}
    />
  );
}

export function PersonBackgroundFields() {
  const { t } = useTranslation();
  const language = useLanguage();
  const fieldError = useFieldError();
  const { register, errors } = usePersonFormFields();
  return (
    <>
      <DateField
        label={t("persons.fields.arrivalDate")}
        optionalLabel={t("common.optional")}
        error={fieldError(errors.arrivalDate)}
        {...register("arrivalDate", orNull)}
      />
      <SelectField
        label={t("persons.fields.educationLevel")}
        optionalLabel={t("common.optional")}
        {...register("educationLevel", orNull)}
      >
        <option value="">{t("common.notSpecified")}</option>
        {iscedLevels.map((level) => (
          <option key={level} value={level}>
            {iscedName(level, language)}
          </option>
        ))}
      </SelectField>
      <OccupationSelect
        label={t("persons.fields.targetOccupation")}
        emptyLabel={t("common.notSpecified")}
        optionalLabel={t("common.optional")}
        error={fieldError(errors.targetOccupation)}
        {...register("targetOccupation", orNull)}
      />
      <DateField
        label={t("persons.fields.availableFrom")}
        optionalLabel={t("common.optional")}
        error={fieldError(errors.availableFrom)}
        {...register("availableFrom", orNull)}
      />
    </>
  );
}

export function PersonNotesField() {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, errors } = usePersonFormFields();
  return (
    <TextareaField
      label={t("persons.fields.notes")}
      optionalLabel={t("common.optional")}
      rows={3}
      error={fieldError(errors.notes)}
      {...register("notes", orNull)}
    />
  );
}
