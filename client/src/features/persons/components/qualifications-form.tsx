import { zodResolver } from "@hookform/resolvers/zod";
import { useFieldArray, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Button } from "#client/components/button.tsx";
import { ConflictAlert } from "#client/components/conflict-alert.tsx";
import { TextField } from "#client/components/text-field.tsx";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { type Person, PersonFieldsSchema } from "#shared/schemas/person.ts";
import { usePersonSave } from "../api/use-person-save.ts";
import { CountrySelect } from "./country-select.tsx";
import { OccupationSelect } from "./occupation-select.tsx";
import { SectionFormActions } from "./section-form-actions.tsx";
import "../messages.ts";

const QualificationsSchema = z.object({ qualifications: PersonFieldsSchema.shape.qualifications });
const MAX_QUALIFICATIONS = 10;

export function QualificationsForm({ person, onDone }: { person: Person; onDone: () => void }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { save, conflict, reload, pending } = usePersonSave(person, onDone);
  const { register, handleSubmit, formState, setError, control } = useForm({
    resolver: withRequiredErrors(zodResolver(QualificationsSchema)),
    mode: "onTouched",
    defaultValues: { qualifications: person.qualifications },
  });
  const { fields, append, remove } = useFieldArray({ control, name: "qualifications" });
  const errors = formState.errors.qualifications;
  const onSubmit = handleSubmit((values) => save(values, setError, ["qualifications"]));
  const thisYear = new Date().getFullYear();

  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-label={t("persons.sections.qualifications")}>
      {conflict && <ConflictAlert onReload={reload} />}
      {fields.length === 0 && <p className="text-muted">{t("persons.noQualifications")}</p>}
      <ol className="repeat-list">
        {fields.map((field, index) => (
          <li key={field.id} className="repeat-row">
            <OccupationSelect
              label={t("persons.fields.occupation")}
              emptyLabel={t("persons.chooseOccupation")}
              error={fieldError(errors?.[index]?.occupation)}
              {...register(`qualifications.${index}.occupation`)}
            />
            <CountrySelect
              label={t("persons.fields.country")}
              emptyLabel={t("persons.chooseCountry")}
              error={fieldError(errors?.[index]?.country)}
              {...register(`qualifications.${index}.country`)}
            />
            <TextField
              label={t("persons.fields.year")}
              type="number"
              inputMode="numeric"
              min={1950}
              max={thisYear + 1}
              error={fieldError(errors?.[index]?.year)}
              {...register(`qualifications.${index}.year`, { valueAsNumber: true })}
            />
            <Button
              variant="quiet"
              className="button-small repeat-remove"
              onClick={() => remove(index)}
              aria-label={t("persons.removeQualification", { number: index + 1 })}
            >
              {t("common.remove")}
            </Button>
          </li>
        ))}
      </ol>
      {errors?.root?.message && <p className="field-error">{fieldError(errors.root)}</p>}
      {fields.length < MAX_QUALIFICATIONS && (
        <div>
          <Button
            className="button-small"
            onClick={() => append({ occupation: "", title: null, country: "", year: thisYear })}
          >
            {t("persons.addQualification")}
          </Button>
        </div>
      )}
      <SectionFormActions pending={pending} onCancel={onDone} />
    </form>
  );
}
