import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useFieldArray, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { DateField } from "#client/components/date-field.tsx";
import { SelectField } from "#client/components/select-field.tsx";
import { TextField } from "#client/components/text-field.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { isApiError } from "#client/lib/api-error.ts";
import { todayIso } from "#client/lib/dates.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { languageSkills } from "#shared/language/levels.ts";
import { cefrLevels } from "#shared/reference/cefr.ts";
import {
  type LanguageSessionCreate,
  LanguageSessionCreateSchema,
  type LanguageSessionResult,
} from "#shared/schemas/language.ts";
import { useRecordLanguageSession } from "../api/language-mutations.ts";
import { useCompanyChoices } from "../api/pickers.ts";
import { PersonPicker, type PickedPerson } from "./person-picker.tsx";
import "../messages.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";

type SessionInput = z.input<typeof LanguageSessionCreateSchema>;
type FieldIssue = { message?: string; type?: string };
type IssueTree = FieldIssue & { [key: string]: IssueTree | IssueTree[] | string | undefined };

const emptyToUndefined = (value: unknown) => (value === "" ? undefined : value);
const emptyToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);
const emptyParticipant = { personId: "", levels: {}, note: null };

/** A Betriebssprachtag: one row per participant; the server writes all assessments or none. */
export function LanguageSessionForm({ onSaved }: { onSaved: (result: LanguageSessionResult) => void }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const showToast = useToast();
  const record = useRecordLanguageSession();
  const companies = useCompanyChoices();
  const [picked, setPicked] = useState<Record<string, PickedPerson | null>>({});
  const { register, control, handleSubmit, formState, setError, watch } = useForm<
    SessionInput,
    unknown,
    LanguageSessionCreate
  >({
    resolver: withRequiredErrors(zodResolver(LanguageSessionCreateSchema)),
    mode: "onTouched",
    defaultValues: {
      date: todayIso(),
      companyId: null,
      companyName: null,
      assessorName: "",
      participants: [emptyParticipant],
    },
  });
  const participants = useFieldArray({ control, name: "participants" });
  const companyId = watch("companyId");
  const errors = formState.errors as unknown as Record<string, IssueTree | undefined> & {
    participants?: (IssueTree | undefined)[] & FieldIssue;
  };

  const onSubmit = handleSubmit((session) =>
    record.mutate(session, {
      onSuccess: (result) => {
        showToast(t("language.session.saved", { count: result.items.length }));
        onSaved(result);
      },
      onError: (error) => {
        if (!isApiError(error, "validation_failed")) return;
        for (const issue of error.fieldIssues)
          setError(issue.path as never, { type: "server", message: issue.message });
      },
    }),
  );
  const failure = record.error;
  const failureText = failure && !isApiError(failure, "validation_failed") ? errorMessage(failure) : null;

  return (
    <form className="form stack" noValidate onSubmit={onSubmit} aria-label={t("language.session.title")}>
      {failureText && <Alert>{failureText}</Alert>}
      <div className="form-grid">
        <DateField
          label={t("language.session.date")}
          max={todayIso()}
          error={fieldError(errors.date)}
          {...register("date")}
        />
        <SelectField
          label={t("language.session.company")}
          error={fieldError(errors.companyId)}
          {...register("companyId", { setValueAs: emptyToNull })}
        >
          <option value="">{t("language.session.chooseCompany")}</option>
          {(companies.data ?? []).map((company) => (
            <option key={company.id} value={company.id}>
              {company.name}
            </option>
          ))}
        </SelectField>
        {!companyId && (
          <TextField
            label={t("language.session.otherCompany")}
            error={fieldError(errors.companyName)}
            {...register("companyName", { setValueAs: emptyToNull, deps: ["companyId"] })}
          />
        )}
        <TextField
          label={t("language.session.assessorName")}
          error={fieldError(errors.assessorName)}
          {...register("assessorName")}
        />
      </div>
      <fieldset className="level-fieldset">
        <legend className="section-title">{t("language.session.participants")}</legend>
        {errors.participants?.message && (
          <p className="field-error" role="alert">
            {fieldError(errors.participants)}
          </p>
        )}
        {participants.fields.map((field, index) => {
          const rowErrors = errors.participants?.[index] as
            | (IssueTree & { levels?: IssueTree; personId?: IssueTree; note?: IssueTree })
            | undefined;
          const label = t("language.session.participant", { number: index + 1 });
          return (
            <div key={field.id} className="participant-row" data-testid={`participant-${index}`}>
              <Controller
                control={control}
                name={`participants.${index}.personId`}
                render={({ field: { onChange } }) => (
                  <PersonPicker
                    label={label}
                    value={picked[field.id] ?? null}
                    error={fieldError(rowErrors?.personId)}
                    onChange={(person) => {
                      setPicked((current) => ({ ...current, [field.id]: person }));
                      onChange(person?.id ?? "");
                    }}
                  />
                )}
              />
              {languageSkills.map((skill) => (
                <SelectField
                  key={skill}
                  label={t(`language.skills.${skill}`)}
                  error={fieldError(rowErrors?.levels?.[skill] as IssueTree | undefined)}
                  {...register(`participants.${index}.levels.${skill}`, {
                    setValueAs: emptyToUndefined,
                    deps: [`participants.${index}.levels`],
                  })}
                >
                  <option value="">–</option>
                  {cefrLevels.map((level) => (
                    <option key={level} value={level}>
                      {level}
                    </option>
                  ))}
                </SelectField>
              ))}
              <TextField
                label={t("language.form.note")}
                error={fieldError(rowErrors?.note)}
                {...register(`participants.${index}.note`, { setValueAs: emptyToNull })}
              />
              <Button
                variant="quiet"
                className="button-small"
                disabled={participants.fields.length === 1}
                aria-label={t("language.session.remove", { number: index + 1 })}
                onClick={() => participants.remove(index)}
              >
                ✕
              </Button>
              {rowErrors?.levels?.message && (
                <p className="field-error" role="alert">
                  {fieldError(rowErrors.levels)}
                </p>
              )}
            </div>
          );
        })}
        <Button className="button-small" onClick={() => participants.append(emptyParticipant)}>
          {t("language.session.add")}
        </Button>
      </fieldset>
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={record.isPending}>
          {t("language.session.save")}
        </Button>
      </div>
    </form>
  );
}
