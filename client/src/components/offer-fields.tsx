import type { ReactNode } from "react";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { type LanguageSkill, languageSkills } from "#shared/language/levels.ts";
import { districts } from "#shared/reference/districts.ts";
import { type OfferType, offerTypes } from "#shared/reference/employers.ts";
import type { OfferCreateSchema } from "#shared/schemas/offer.ts";
import { orNull, orUndefined } from "../lib/form-values.ts";
import { useFieldError } from "../lib/use-field-error.ts";
import { DateField } from "./date-field.tsx";
import { LanguageLevelSelect } from "./language-level-select.tsx";
import { OccupationCodeSelect } from "./occupation-code-select.tsx";
import { SelectField } from "./select-field.tsx";
import { TextField } from "./text-field.tsx";
import { TextareaField } from "./textarea-field.tsx";

export type OfferFieldValues = z.input<typeof OfferCreateSchema>;

/** The offer's own fields, as the server names them in field issues (the advisor adds `companyId`). */
export const offerFieldNames = [
  "type",
  "title",
  "occupation",
  "district",
  "startsOn",
  "endsOn",
  "places",
  "languageRequirement",
  "programmeId",
  "description",
] as const;

/** The words of one screen: the advisor's offer form and the employer portal say things differently. */
export type OfferFieldsWording = {
  type: string;
  typeOf: (type: OfferType) => string;
  title: string;
  titleHint?: string;
  occupation: string;
  chooseOccupation: string;
  district: string;
  /** An empty first district option ("the company's district"), for a new offer. */
  districtPrompt?: string;
  startsOn: string;
  endsOn: string;
  places: string;
  programme: string;
  noProgramme: string;
  language: string;
  languageHint: string;
  skillOf: (skill: LanguageSkill) => string;
  noLevel: string;
  description: string;
  descriptionHint?: string;
};

type OfferFieldsProps = {
  register: UseFormRegister<OfferFieldValues>;
  errors: FieldErrors<OfferFieldValues>;
  wording: OfferFieldsWording;
  /** `advisor`: the centre's compact form; `employer`: the portal's, title first and larger. */
  variant: "advisor" | "employer";
  programmes: readonly { id: string; name: string }[];
  minPlaces?: number;
  /** Fields the screen puts before the offer's own in the grid (the advisor's company choice). */
  lead?: ReactNode;
};

/** One offer field group for both sides; the form around it (submit, conflict, buttons) is the screen's. */
export function OfferFields({
  register,
  errors,
  wording,
  variant,
  programmes,
  minPlaces = 1,
  lead,
}: OfferFieldsProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const employer = variant === "employer";
  const title = (
    <TextField
      label={wording.title}
      hint={wording.titleHint}
      className={employer ? "portal-title-input" : undefined}
      error={fieldError(errors.title)}
      {...register("title")}
    />
  );
  return (
    <>
      {employer && title}
      <div className="form-grid">
        {lead}
        <SelectField label={wording.type} error={fieldError(errors.type)} {...register("type")}>
          {offerTypes.map((type) => (
            <option key={type} value={type}>
              {wording.typeOf(type)}
            </option>
          ))}
        </SelectField>
        {!employer && title}
        <OccupationCodeSelect
          label={wording.occupation}
          emptyLabel={wording.chooseOccupation}
          error={fieldError(errors.occupation)}
          {...register("occupation")}
        />
        <SelectField
          label={wording.district}
          error={fieldError(errors.district)}
          {...register("district", orUndefined)}
        >
          {wording.districtPrompt && <option value="">{wording.districtPrompt}</option>}
          {districts.map((district) => (
            <option key={district} value={district}>
              {t(`districts.${district}`)}
            </option>
          ))}
        </SelectField>
        <DateField
          label={wording.startsOn}
          optionalLabel={t("common.optional")}
          error={fieldError(errors.startsOn)}
          {...register("startsOn", orNull)}
        />
        <DateField
          label={wording.endsOn}
          optionalLabel={t("common.optional")}
          error={fieldError(errors.endsOn)}
          {...register("endsOn", orNull)}
        />
        <TextField
          label={wording.places}
          type="number"
          min={minPlaces}
          max={100}
          inputMode={employer ? "numeric" : undefined}
          error={fieldError(errors.places)}
          {...register("places", { valueAsNumber: true })}
        />
        <SelectField
          label={wording.programme}
          optionalLabel={t("common.optional")}
          error={fieldError(errors.programmeId)}
          {...register("programmeId", orNull)}
        >
          <option value="">{wording.noProgramme}</option>
          {programmes.map((programme) => (
            <option key={programme.id} value={programme.id}>
              {programme.name}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className={employer ? "fieldset portal-fieldset" : "form-section"}>
        <legend className={employer ? undefined : "section-title"}>{wording.language}</legend>
        <p className="form-section-hint">{wording.languageHint}</p>
        <div className={employer ? "portal-level-grid" : "level-grid"}>
          {languageSkills.map((skill) => (
            <LanguageLevelSelect
              key={skill}
              label={wording.skillOf(skill)}
              emptyLabel={wording.noLevel}
              error={fieldError(errors.languageRequirement?.[skill])}
              {...register(`languageRequirement.${skill}`, orUndefined)}
            />
          ))}
        </div>
      </fieldset>
      <TextareaField
        label={wording.description}
        hint={wording.descriptionHint}
        optionalLabel={t("common.optional")}
        rows={employer ? 5 : 4}
        error={fieldError(errors.description)}
        {...register("description", orNull)}
      />
    </>
  );
}
