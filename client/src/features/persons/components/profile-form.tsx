import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo } from "react";
import { Controller, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { residenceAreas } from "../../../../../shared/reference/districts.ts";
import { iscedLevels, iscedNames } from "../../../../../shared/reference/education.ts";
import { genders, type Person, PersonFieldsSchema } from "../../../../../shared/schemas/person.ts";
import { ConflictAlert } from "../../../components/conflict-alert.tsx";
import { SelectField } from "../../../components/select-field.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { TextareaField } from "../../../components/textarea-field.tsx";
import { useFieldError } from "../../../lib/use-field-error.ts";
import { usePersonSave } from "../api/use-person-save.ts";
import { pickFields, withMergedRules } from "../utils/section-schema.ts";
import { CountrySelect } from "./country-select.tsx";
import { orNull } from "./create-person-form.tsx";
import { LanguagePicker } from "./language-picker.tsx";
import { OccupationSelect } from "./occupation-select.tsx";
import { SectionFormActions } from "./section-form-actions.tsx";

const profileFields = [
  "familyName",
  "givenNames",
  "nameLatin",
  "birthDate",
  "gender",
  "nationality",
  "languages",
  "email",
  "phone",
  "district",
  "arrivalDate",
  "educationLevel",
  "targetOccupation",
  "availableFrom",
  "notes",
] as const;

const ProfileSchema = PersonFieldsSchema.pick({
  familyName: true,
  givenNames: true,
  nameLatin: true,
  birthDate: true,
  gender: true,
  nationality: true,
  languages: true,
  email: true,
  phone: true,
  district: true,
  arrivalDate: true,
  educationLevel: true,
  targetOccupation: true,
  availableFrom: true,
  notes: true,
});

export function ProfileForm({ person, onDone }: { person: Person; onDone: () => void }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { save, conflict, reload, pending } = usePersonSave(person, onDone);
  const schema = useMemo(() => withMergedRules(ProfileSchema, person), [person]);
  const { register, handleSubmit, formState, setError, control } = useForm({
    resolver: zodResolver(schema),
    mode: "onTouched",
    defaultValues: pickFields(person, profileFields),
  });
  const errors = formState.errors;
  const onSubmit = handleSubmit((values) => save(values, setError, [...profileFields]));

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-label={t("persons.sections.profile")}>
      {conflict && <ConflictAlert onReload={reload} />}
      <div className="form-grid">
        <TextField
          label={t("persons.fields.familyName")}
          error={fieldError(errors.familyName)}
          {...register("familyName")}
        />
        <TextField
          label={t("persons.fields.givenNames")}
          error={fieldError(errors.givenNames)}
          {...register("givenNames")}
        />
        <TextField
          label={t("persons.fields.nameLatin")}
          optionalLabel={t("common.optional")}
          error={fieldError(errors.nameLatin)}
          {...register("nameLatin", orNull)}
        />
        <TextField
          label={t("persons.fields.birthDate")}
          type="date"
          error={fieldError(errors.birthDate)}
          {...register("birthDate")}
        />
        <SelectField
          label={t("persons.fields.gender")}
          optionalLabel={t("common.optional")}
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
          {...register("district")}
        >
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
          error={fieldError(errors.email)}
          {...register("email", orNull)}
        />
        <TextField
          label={t("persons.fields.phone")}
          type="tel"
          optionalLabel={t("common.optional")}
          error={fieldError(errors.phone)}
          {...register("phone", orNull)}
        />
        <TextField
          label={t("persons.fields.arrivalDate")}
          type="date"
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
              {iscedNames[level]}
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
        <TextField
          label={t("persons.fields.availableFrom")}
          type="date"
          optionalLabel={t("common.optional")}
          error={fieldError(errors.availableFrom)}
          {...register("availableFrom", orNull)}
        />
        <Controller
          control={control}
          name="languages"
          render={({ field }) => (
            <LanguagePicker
              value={field.value}
              onChange={field.onChange}
              error={fieldError(errors.languages)}
            />
          )}
        />
      </div>
      <TextareaField
        label={t("persons.fields.notes")}
        optionalLabel={t("common.optional")}
        rows={3}
        error={fieldError(errors.notes)}
        {...register("notes", orNull)}
      />
      <SectionFormActions pending={pending} onCancel={onDone} />
    </form>
  );
}
