import { zodResolver } from "@hookform/resolvers/zod";
import { useRef, useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { residenceAreas } from "../../../../../shared/reference/districts.ts";
import { iscedLevels, iscedNames } from "../../../../../shared/reference/education.ts";
import { permitTypeNames, permitTypes } from "../../../../../shared/reference/residence.ts";
import {
  type DuplicateCandidate,
  genders,
  type Person,
  type PersonCreate,
  PersonCreateSchema,
} from "../../../../../shared/schemas/person.ts";
import { Alert } from "../../../components/alert.tsx";
import { Button, ButtonLink } from "../../../components/button.tsx";
import { CheckboxField } from "../../../components/checkbox-field.tsx";
import { SelectField } from "../../../components/select-field.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { TextareaField } from "../../../components/textarea-field.tsx";
import { applyServerErrors } from "../../../lib/apply-server-errors.ts";
import { useErrorMessage } from "../../../lib/use-error-message.ts";
import { useFieldError } from "../../../lib/use-field-error.ts";
import { duplicatesOf, useCreatePerson } from "../api/create-person.ts";
import { CountrySelect } from "./country-select.tsx";
import { DuplicateHints } from "./duplicate-hints.tsx";
import { DuplicateList } from "./duplicate-list.tsx";
import { LanguagePicker } from "./language-picker.tsx";
import { OccupationSelect } from "./occupation-select.tsx";

const serverFields = [
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
  "permitType",
  "permitExpiresOn",
  "notes",
] as const;

export const orNull = { setValueAs: (value: string | null) => (value ? value : null) };
export const orUndefined = { setValueAs: (value: string | undefined) => (value ? value : undefined) };

type CreatePersonFormProps = { onCreated: (person: Person) => void; cancelTo: string };

export function CreatePersonForm({ onCreated, cancelTo }: CreatePersonFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const createPerson = useCreatePerson();
  const [blocking, setBlocking] = useState<DuplicateCandidate[] | null>(null);
  const lastValues = useRef<PersonCreate | null>(null);
  const { register, handleSubmit, formState, setError, control } = useForm({
    resolver: zodResolver(PersonCreateSchema),
    mode: "onTouched",
    defaultValues: {
      familyName: "",
      givenNames: "",
      nameLatin: null,
      birthDate: "",
      gender: null,
      nationality: "",
      languages: [],
      email: null,
      phone: null,
      district: undefined,
      fastTrack81a: false,
    },
  });
  const [familyName, givenNames, birthDate] = useWatch({
    control,
    name: ["familyName", "givenNames", "birthDate"],
  });
  const errors = formState.errors;

  const save = (values: PersonCreate, acknowledged: string[] = []) => {
    lastValues.current = values;
    createPerson.mutate(
      { ...values, acknowledgedDuplicates: acknowledged },
      {
        onSuccess: onCreated,
        onError: (error) => {
          const duplicates = duplicatesOf(error);
          if (duplicates) setBlocking(duplicates);
          else applyServerErrors(error, setError, serverFields);
        },
      },
    );
  };
  const saveAnyway = () => {
    if (lastValues.current && blocking)
      save(
        lastValues.current,
        blocking.map((duplicate) => duplicate.id),
      );
  };

  const failure = createPerson.error;
  const showFailure = failure && !blocking && Object.keys(errors).length === 0;

  return (
    <form className="form" noValidate onSubmit={handleSubmit((values) => save(values))}>
      {showFailure && <Alert>{errorMessage(failure)}</Alert>}
      <fieldset className="form-section">
        <legend className="section-title">{t("persons.essentials")}</legend>
        <p className="form-section-hint">{t("persons.namesHint")}</p>
        <div className="form-grid">
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
          <TextField
            label={t("persons.fields.birthDate")}
            type="date"
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
            <option value="">{t("persons.chooseDistrict")}</option>
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
        </div>
      </fieldset>
      <DuplicateHints familyName={familyName} givenNames={givenNames} birthDate={birthDate ?? ""} />
      <details className="form-more">
        <summary>{t("persons.moreDetails")}</summary>
        <div className="form-grid">
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
          <SelectField
            label={t("persons.fields.permitType")}
            optionalLabel={t("common.optional")}
            error={fieldError(errors.permitType)}
            {...register("permitType", orNull)}
          >
            <option value="">{t("common.notSpecified")}</option>
            {permitTypes.map((type) => (
              <option key={type} value={type}>
                {permitTypeNames[type]}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t("persons.fields.permitExpiresOn")}
            type="date"
            optionalLabel={t("common.optional")}
            error={fieldError(errors.permitExpiresOn)}
            {...register("permitExpiresOn", orNull)}
          />
          <CheckboxField label={t("persons.fields.fastTrack81a")} {...register("fastTrack81a")} />
        </div>
        <TextareaField
          label={t("persons.fields.notes")}
          optionalLabel={t("common.optional")}
          rows={3}
          error={fieldError(errors.notes)}
          {...register("notes", orNull)}
        />
      </details>
      {blocking && (
        <DuplicateList
          title={t("persons.duplicateBlocking")}
          duplicates={blocking}
          action={
            <Button variant="primary" busy={createPerson.isPending} onClick={saveAnyway}>
              {t("persons.createAnyway")}
            </Button>
          }
        />
      )}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={createPerson.isPending}>
          {t("persons.create")}
        </Button>
        <ButtonLink to={cancelTo}>{t("common.cancel")}</ButtonLink>
      </div>
    </form>
  );
}
