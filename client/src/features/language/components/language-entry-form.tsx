import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { DateField } from "#client/components/date-field.tsx";
import { SelectField } from "#client/components/select-field.tsx";
import { TextField } from "#client/components/text-field.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { isApiError } from "#client/lib/api-error.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { todayIso } from "#client/lib/dates.ts";
import { germanLegalLevel } from "#client/lib/legal-level.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { languageSkills } from "#shared/language/levels.ts";
import { cefrLevels } from "#shared/reference/cefr.ts";
import { languageOptions } from "#shared/reference/countries.ts";
import { assessorTypes, certificateProviders } from "#shared/reference/language.ts";
import {
  type LanguageEntryCreate,
  type LanguageEntryCreateInput,
  LanguageEntryCreateSchema,
} from "#shared/schemas/language.ts";
import { useCreateLanguageEntry } from "../api/language-mutations.ts";
import "../messages.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";

const sourceFields = {
  certificate: ["provider", "certificateNumber"],
  assessment: ["assessorType", "assessorName"],
} as const;

/** Only the chosen source's fields go to the shared schema (the other source's inputs may hold values). */
function forSource(values: LanguageEntryCreateInput): LanguageEntryCreateInput {
  const { source } = values;
  const other = source === "certificate" ? sourceFields.assessment : sourceFields.certificate;
  const picked: Record<string, unknown> = { ...values };
  for (const key of other) delete picked[key];
  return picked as LanguageEntryCreateInput;
}

const schemaResolver = withRequiredErrors(zodResolver(LanguageEntryCreateSchema));
const resolver: typeof schemaResolver = (values, context, options) =>
  schemaResolver(forSource(values), context, options);

const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);
const emptyToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

type LanguageEntryFormProps = {
  personId: string;
  language: string;
  /** The signed-in user's name: advisors mostly record their own assessments. */
  assessorName: string;
  onDone: () => void;
};

/** Certificate or assessment: the provider or assessor fields switch with the source. */
export function LanguageEntryForm({ personId, language, assessorName, onDone }: LanguageEntryFormProps) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const showToast = useToast();
  const create = useCreateLanguageEntry(personId);
  const { register, handleSubmit, formState, setError, watch } = useForm<
    LanguageEntryCreateInput,
    unknown,
    LanguageEntryCreate
  >({
    resolver,
    mode: "onTouched",
    defaultValues: {
      source: "assessment",
      assessorType: "advisor",
      assessorName,
      language,
      date: todayIso(),
      levels: {},
    },
  });
  const source = watch("source");
  const chosenLanguage = watch("language");
  const errors = formState.errors as Partial<Record<string, { message?: string; type?: string }>> & {
    levels?: Partial<Record<string, { message?: string; type?: string }>> & {
      message?: string;
      root?: unknown;
    };
  };
  const languages = useMemo(
    () =>
      languageOptions(uiLanguage).sort(
        (a, b) =>
          Number(b.code === "de") - Number(a.code === "de") ||
          Number(b.code === "en") - Number(a.code === "en"),
      ),
    [uiLanguage],
  );
  const onSubmit = handleSubmit((entry) =>
    create.mutate(entry, {
      onSuccess: () => {
        showToast(t("language.form.saved"));
        onDone();
      },
      onError: (error) =>
        applyServerErrors(error, setError, [
          "date",
          "language",
          "levels",
          "provider",
          "certificateNumber",
          "assessorType",
          "assessorName",
          "note",
        ]),
    }),
  );
  const failure = create.error;
  const failureText = failure && !isApiError(failure, "validation_failed") ? errorMessage(failure) : null;
  const levelsError = errors.levels?.message ? fieldError(errors.levels) : undefined;

  return (
    <form className="form inline-form" noValidate onSubmit={onSubmit} aria-label={t("language.form.title")}>
      {failureText && <Alert>{failureText}</Alert>}
      <div className="form-grid">
        <SelectField label={t("language.form.source")} {...register("source")}>
          <option value="certificate">{t("language.sources.certificate")}</option>
          <option value="assessment">{t("language.sources.assessment")}</option>
        </SelectField>
        <SelectField
          label={t("language.form.language")}
          error={fieldError(errors.language)}
          {...register("language")}
        >
          {languages.map(({ code, label }) => (
            <option key={code} value={code}>
              {label}
            </option>
          ))}
        </SelectField>
        <DateField
          label={t("language.form.date")}
          max={todayIso()}
          error={fieldError(errors.date)}
          {...register("date")}
        />
        {source === "certificate" ? (
          <>
            <SelectField
              label={t("language.form.provider")}
              error={fieldError(errors.provider)}
              {...register("provider", { deps: languageSkills.map((skill) => `levels.${skill}` as const) })}
            >
              {certificateProviders.map((provider) => (
                <option key={provider} value={provider}>
                  {t(`language.providers.${provider}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t("language.form.certificateNumber")}
              optionalLabel={t("language.form.optional")}
              error={fieldError(errors.certificateNumber)}
              {...register("certificateNumber", { setValueAs: emptyToNull })}
            />
          </>
        ) : (
          <>
            <SelectField
              label={t("language.form.assessorType")}
              error={fieldError(errors.assessorType)}
              {...register("assessorType")}
            >
              {assessorTypes.map((type) => (
                <option key={type} value={type}>
                  {t(`language.assessorTypes.${type}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t("language.form.assessorName")}
              error={fieldError(errors.assessorName)}
              {...register("assessorName")}
            />
          </>
        )}
      </div>
      <fieldset className="level-fieldset" aria-invalid={levelsError ? true : undefined}>
        <legend className="field-label">{t("language.form.levels")}</legend>
        <div className="level-inputs">
          {languageSkills.map((skill) => (
            <SelectField
              key={skill}
              label={t(`language.skills.${skill}`)}
              error={fieldError(errors.levels?.[skill])}
              {...register(`levels.${skill}`, { setValueAs: emptyToUndefined, deps: ["levels"] })}
            >
              <option value="">{t("language.form.noLevel")}</option>
              {cefrLevels.map((level) => (
                <option key={level} value={level}>
                  {(chosenLanguage === "de" && germanLegalLevel(level, t)) || level}
                </option>
              ))}
            </SelectField>
          ))}
        </div>
        {levelsError && (
          <p className="field-error" role="alert">
            {levelsError}
          </p>
        )}
      </fieldset>
      <TextField
        label={t("language.form.note")}
        optionalLabel={t("language.form.optional")}
        error={fieldError(errors.note)}
        {...register("note", { setValueAs: emptyToNull })}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={create.isPending}>
          {t("language.form.save")}
        </Button>
        <Button onClick={onDone}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}
