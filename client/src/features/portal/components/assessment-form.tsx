import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { DateField } from "#client/components/date-field.tsx";
import { TextField } from "#client/components/text-field.tsx";
import { TextareaField } from "#client/components/textarea-field.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { todayIso } from "#client/lib/dates.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { languageSkills } from "#shared/language/levels.ts";
import { type Candidate, CandidateLanguageAssessmentSchema } from "#shared/schemas/placement.ts";
import { useCandidateAssessment } from "../api/candidate-mutations.ts";
import "../messages.ts";
import { LanguageLevelSelect } from "#client/components/language-level-select.tsx";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";

type AssessmentInput = z.input<typeof CandidateLanguageAssessmentSchema>;
const orUndefined = { setValueAs: (value: string | undefined) => (value ? value : undefined) };
const orNull = { setValueAs: (value: string | null) => (value?.trim() ? value : null) };
const serverFields = ["date", "levels", "assessorName", "note"] as const;

type AssessmentFormProps = { candidate: Candidate; name: string; assessorName: string; onDone: () => void };

export function AssessmentForm({ candidate, name, assessorName, onDone }: AssessmentFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const showToast = useToast();
  const assess = useCandidateAssessment();
  const current = candidate.profile.germanLevels;
  const defaultValues: AssessmentInput = {
    language: "de",
    date: todayIso(),
    levels: Object.fromEntries(languageSkills.map((skill) => [skill, current[skill]?.level])),
    assessorName,
    note: null,
  };
  const { register, handleSubmit, formState, setError, clearErrors } = useForm({
    resolver: withRequiredErrors(zodResolver(CandidateLanguageAssessmentSchema)),
    mode: "onTouched",
    defaultValues,
  });
  const errors = formState.errors;
  const onSubmit = handleSubmit((values) =>
    assess.mutate(
      { candidate, body: values },
      {
        onSuccess: () => {
          showToast(t("portal.assessment.saved", { name }));
          onDone();
        },
        onError: (error) => applyServerErrors(error, setError, serverFields),
      },
    ),
  );
  const failure = assess.error;
  const levelsError = fieldError(errors.levels?.root ?? (errors.levels?.message ? errors.levels : undefined));
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      {failure && Object.keys(errors).length === 0 && <Alert>{errorMessage(failure)}</Alert>}
      <p>{t("portal.assessment.intro", { name })}</p>
      <fieldset className="fieldset portal-fieldset" aria-describedby="assessment-levels-hint">
        <legend>{t("portal.assessment.levels")}</legend>
        <p className="form-section-hint" id="assessment-levels-hint">
          {t("portal.assessment.levelsHint")}
        </p>
        <div className="portal-level-grid">
          {languageSkills.map((skill) => (
            <LanguageLevelSelect
              key={skill}
              label={t(`portal.skills.${skill}`)}
              emptyLabel={t("portal.assessment.notAssessed")}
              error={fieldError(errors.levels?.[skill])}
              {...register(`levels.${skill}`, { ...orUndefined, onChange: () => clearErrors("levels") })}
            />
          ))}
        </div>
        {levelsError && (
          <p className="field-error" role="alert">
            {levelsError}
          </p>
        )}
      </fieldset>
      <div className="form-grid">
        <DateField
          label={t("portal.assessment.date")}
          max={todayIso()}
          error={fieldError(errors.date)}
          {...register("date")}
        />
        <TextField
          label={t("portal.assessment.assessorName")}
          hint={t("portal.assessment.assessorHint")}
          error={fieldError(errors.assessorName)}
          {...register("assessorName")}
        />
      </div>
      <TextareaField
        label={t("portal.assessment.note")}
        optionalLabel={t("common.optional")}
        rows={3}
        error={fieldError(errors.note)}
        {...register("note", orNull)}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={assess.isPending}>
          {t("portal.assessment.submit")}
        </Button>
        <Button onClick={onDone}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}
