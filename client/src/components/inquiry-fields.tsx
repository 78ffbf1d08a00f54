import type { ReactNode } from "react";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { type HelpWanted, helpWantedKinds } from "#shared/reference/employers.ts";
import type { InquiryCreateSchema } from "#shared/schemas/inquiry.ts";
import { blankOrNull, orNull } from "../lib/form-values.ts";
import { useFieldError } from "../lib/use-field-error.ts";
import { CheckboxField } from "./checkbox-field.tsx";
import { DateField } from "./date-field.tsx";
import { LanguageLevelSelect } from "./language-level-select.tsx";
import { OccupationCodeSelect } from "./occupation-code-select.tsx";
import { TextField } from "./text-field.tsx";
import { TextareaField } from "./textarea-field.tsx";

export type InquiryFieldValues = z.input<typeof InquiryCreateSchema>;

/** The inquiry's own fields, as the server names them in field issues (the advisor adds `receivedOn`). */
export const inquiryFieldNames = [
  "occupation",
  "peopleCount",
  "germanLevel",
  "startOn",
  "helpWanted",
  "notes",
] as const;

/** The words of one screen: the advisor's company page and the employer portal word an inquiry apart. */
export type InquiryFieldsWording = {
  occupation: string;
  chooseOccupation: string;
  peopleCount: string;
  germanLevel: string;
  /** The empty German level option ("any level" / "no requirement"). */
  noLevel: string;
  startOn: string;
  helpWanted: string;
  helpOf: (kind: HelpWanted) => string;
  notes: string;
};

type InquiryFieldsProps = {
  register: UseFormRegister<InquiryFieldValues>;
  errors: FieldErrors<InquiryFieldValues>;
  wording: InquiryFieldsWording;
  /** `advisor`: the inline form on the company page; `employer`: the portal's own page. */
  variant: "advisor" | "employer";
  /** Fields the screen adds at the end of the grid (the advisor's "received on"). */
  trail?: ReactNode;
};

/** One inquiry field group for both sides; the form around it (submit, errors, buttons) is the screen's. */
export function InquiryFields({ register, errors, wording, variant, trail }: InquiryFieldsProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const employer = variant === "employer";
  return (
    <>
      <div className="form-grid">
        <OccupationCodeSelect
          label={wording.occupation}
          emptyLabel={wording.chooseOccupation}
          error={fieldError(errors.occupation)}
          {...register("occupation")}
        />
        <TextField
          label={wording.peopleCount}
          type="number"
          min={1}
          max={500}
          inputMode={employer ? "numeric" : undefined}
          error={fieldError(errors.peopleCount)}
          {...register("peopleCount", { valueAsNumber: true })}
        />
        <LanguageLevelSelect
          label={wording.germanLevel}
          optionalLabel={employer ? t("common.optional") : undefined}
          emptyLabel={wording.noLevel}
          error={fieldError(errors.germanLevel)}
          {...register("germanLevel", orNull)}
        />
        <DateField
          label={wording.startOn}
          optionalLabel={t("common.optional")}
          error={fieldError(errors.startOn)}
          {...register("startOn", orNull)}
        />
        {trail}
      </div>
      <fieldset className={employer ? "fieldset portal-fieldset" : "fieldset"}>
        <legend>{wording.helpWanted}</legend>
        <div className="checkbox-grid">
          {helpWantedKinds.map((kind) => (
            <CheckboxField key={kind} label={wording.helpOf(kind)} value={kind} {...register("helpWanted")} />
          ))}
        </div>
        {errors.helpWanted && <p className="field-error">{fieldError(errors.helpWanted)}</p>}
      </fieldset>
      <TextareaField
        label={wording.notes}
        optionalLabel={t("common.optional")}
        rows={employer ? 4 : 2}
        error={fieldError(errors.notes)}
        {...register("notes", employer ? blankOrNull : orNull)}
      />
    </>
  );
}
