import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useMemo } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ConflictAlert } from "#client/components/conflict-alert.tsx";
import { SelectField } from "#client/components/select-field.tsx";
import { TextField } from "#client/components/text-field.tsx";
import { TextareaField } from "#client/components/textarea-field.tsx";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { recognitionBodies, recognitionBodyNames, recognitionStatuses } from "#shared/reference/residence.ts";
import { type Person, PersonFieldsSchema } from "#shared/schemas/person.ts";
import { usePersonSave } from "../api/use-person-save.ts";
import { orNull } from "../utils/person-form-fields.ts";
import { pickFields, withMergedRules } from "../utils/section-schema.ts";
import { OccupationSelect } from "./occupation-select.tsx";
import { PersonResidencePermitFields } from "./person-residence-fields.tsx";
import { SectionFormActions } from "./section-form-actions.tsx";
import "../messages.ts";

const residenceFields = [
  "permitType",
  "permitExpiresOn",
  "fastTrack81a",
  "recognitionOccupation",
  "recognitionBody",
  "recognitionStatus",
  "recognitionDeficits",
  "recognitionMeasure",
] as const;

const ResidenceSchema = PersonFieldsSchema.pick({
  permitType: true,
  permitExpiresOn: true,
  fastTrack81a: true,
  recognitionOccupation: true,
  recognitionBody: true,
  recognitionStatus: true,
  recognitionDeficits: true,
  recognitionMeasure: true,
});

export function ResidenceForm({ person, onDone }: { person: Person; onDone: () => void }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { save, conflict, reload, pending } = usePersonSave(person, onDone);
  const schema = useMemo(() => withMergedRules(ResidenceSchema, person), [person]);
  const form = useForm({
    resolver: withRequiredErrors(zodResolver(schema)),
    mode: "onTouched",
    defaultValues: pickFields(person, residenceFields),
  });
  const { register, handleSubmit, formState, setError, control, setValue } = form;
  const errors = formState.errors;
  const partial = useWatch({ control, name: "recognitionStatus" }) === "partial";

  useEffect(() => {
    if (partial) return;
    setValue("recognitionDeficits", null);
    setValue("recognitionMeasure", null);
  }, [partial, setValue]);

  const onSubmit = handleSubmit((values) => save(values, setError, [...residenceFields]));

  return (
    <FormProvider {...form}>
      <form className="form" noValidate onSubmit={onSubmit} aria-label={t("persons.sections.residence")}>
        {conflict && <ConflictAlert onReload={reload} />}
        <div className="form-grid">
          <PersonResidencePermitFields />
        </div>
        <div className="form-grid">
          <OccupationSelect
            label={t("persons.fields.recognitionOccupation")}
            emptyLabel={t("common.notSpecified")}
            optionalLabel={t("common.optional")}
            error={fieldError(errors.recognitionOccupation)}
            {...register("recognitionOccupation", orNull)}
          />
          <SelectField
            label={t("persons.fields.recognitionBody")}
            optionalLabel={t("common.optional")}
            {...register("recognitionBody", orNull)}
          >
            <option value="">{t("common.notSpecified")}</option>
            {recognitionBodies.map((body) => (
              <option key={body} value={body}>
                {recognitionBodyNames[body]}
              </option>
            ))}
          </SelectField>
          <SelectField label={t("persons.fields.recognitionStatus")} {...register("recognitionStatus")}>
            {recognitionStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`recognitionStatus.${status}`)}
              </option>
            ))}
          </SelectField>
        </div>
        {partial && (
          <>
            <TextareaField
              label={t("persons.fields.recognitionDeficits")}
              rows={3}
              error={fieldError(errors.recognitionDeficits)}
              {...register("recognitionDeficits", orNull)}
            />
            <TextField
              label={t("persons.fields.recognitionMeasure")}
              optionalLabel={t("common.optional")}
              error={fieldError(errors.recognitionMeasure)}
              {...register("recognitionMeasure", orNull)}
            />
          </>
        )}
        <SectionFormActions pending={pending} onCancel={onDone} />
      </form>
    </FormProvider>
  );
}
