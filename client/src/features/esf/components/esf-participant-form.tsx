import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { CheckboxField } from "#client/components/checkbox-field.tsx";
import { ConflictAlert } from "#client/components/conflict-alert.tsx";
import { isApiError } from "#client/lib/api-error.ts";
import { isStaleVersion } from "#client/lib/conflict.ts";
import { formatDateTime } from "#client/lib/format.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { esfEmploymentStatuses, esfSensitiveAnswers } from "#shared/reference/employers.ts";
import {
  type EsfParticipant,
  type EsfParticipantUpdate,
  EsfParticipantUpdateSchema,
} from "#shared/schemas/esf.ts";
import { useUpdateEsfParticipant } from "../api/update-participant.ts";
import { booleanOf, EsfChoice, yesNoOf } from "./esf-choice.tsx";
import { EsfMunicipalityFields } from "./esf-municipality-fields.tsx";
import { EsfProfileFacts } from "./esf-profile-facts.tsx";
import { EsfResultsFields, type ResultsDraft, resultsDraftOf, resultsOf } from "./esf-results-fields.tsx";
import "../messages.ts";

type EntryDraft = Pick<
  EsfParticipant,
  | "employmentStatus"
  | "foreignBackground"
  | "municipality"
  | "ruralArea"
  | "disability"
  | "minority"
  | "homeless"
> & { confirmed: boolean };

const entryDraftOf = (participant: EsfParticipant): EntryDraft => ({
  employmentStatus: participant.employmentStatus,
  foreignBackground: participant.foreignBackground,
  municipality: participant.municipality,
  ruralArea: participant.ruralArea,
  disability: participant.disability,
  minority: participant.minority,
  homeless: participant.homeless,
  confirmed: participant.confirmedAt !== null,
});

/** Checks, completes and confirms the entry data, and records the results once the person has left. */
export function EsfParticipantForm({
  participant,
  onReload,
}: {
  participant: EsfParticipant;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorMessage = useErrorMessage();
  const update = useUpdateEsfParticipant(participant.enrolmentId);
  const [entry, setEntry] = useState(() => entryDraftOf(participant));
  const [results, setResults] = useState<ResultsDraft>(() => resultsDraftOf(participant));
  const [issues, setIssues] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  const change = (changes: Partial<EntryDraft>) => {
    setSaved(false);
    setEntry((current) => ({ ...current, ...changes }));
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const payload: EsfParticipantUpdate = {
      version: participant.version,
      ...entry,
      ...(participant.exitedOn ? resultsOf(results) : {}),
    };
    const parsed = EsfParticipantUpdateSchema.safeParse(payload);
    if (!parsed.success) {
      setIssues(
        Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message])),
      );
      return;
    }
    setIssues({});
    update.mutate(parsed.data, {
      onSuccess: () => setSaved(true),
      onError: (error) => {
        if (isApiError(error, "validation_failed"))
          setIssues(Object.fromEntries(error.fieldIssues.map((issue) => [issue.path, issue.message])));
      },
    });
  };
  const failure =
    update.error && !isStaleVersion(update.error) && !isApiError(update.error, "validation_failed")
      ? update.error
      : null;
  const answers = [...esfSensitiveAnswers].reverse().map((answer) => ({
    value: answer,
    label: t(`esf.answer.${answer}`),
  }));
  const yesNo = (["yes", "no"] as const).map((value) => ({ value, label: t(`esf.answer.${value}`) }));
  return (
    <form className="form" noValidate onSubmit={submit} aria-label={t("esf.record.title")}>
      {isStaleVersion(update.error) && <ConflictAlert onReload={onReload} />}
      {failure && <Alert>{errorMessage(failure)}</Alert>}
      <EsfProfileFacts participant={participant} />
      <div className="form-grid">
        <EsfChoice
          label={t("esf.record.employmentStatus")}
          value={entry.employmentStatus}
          error={issues.employmentStatus}
          choices={esfEmploymentStatuses.map((status) => ({
            value: status,
            label: t(`esf.employment.${status}`),
          }))}
          onChange={(value) => change({ employmentStatus: value as EntryDraft["employmentStatus"] })}
        />
        <EsfChoice
          label={t("esf.record.foreignBackground")}
          value={yesNoOf(entry.foreignBackground)}
          choices={yesNo}
          onChange={(value) => change({ foreignBackground: booleanOf(value) })}
        />
        <EsfMunicipalityFields
          municipality={entry.municipality}
          ruralArea={entry.ruralArea}
          error={issues.municipality}
          onChange={change}
        />
      </div>
      <fieldset className="fieldset">
        <legend className="subsection-title">{t("esf.record.sensitiveHint")}</legend>
        <div className="form-grid">
          {(["disability", "minority", "homeless"] as const).map((item) => (
            <EsfChoice
              key={item}
              label={t(`esf.record.${item}`)}
              value={entry[item]}
              choices={answers}
              allowEmpty={false}
              onChange={(value) => change({ [item]: value ?? "no_answer" })}
            />
          ))}
        </div>
      </fieldset>
      <CheckboxField
        label={t("esf.record.confirmed")}
        checked={entry.confirmed}
        onChange={(event) => change({ confirmed: event.target.checked })}
      />
      {participant.confirmedAt && (
        <p className="text-muted">
          {t("esf.record.confirmedAt", { date: formatDateTime(participant.confirmedAt, language) })}
        </p>
      )}
      {participant.exitedOn ? (
        <EsfResultsFields
          participant={participant}
          value={results}
          issues={issues}
          onChange={(value) => {
            setSaved(false);
            setResults(value);
          }}
        />
      ) : (
        <p className="text-muted">{t("esf.record.notYetExited")}</p>
      )}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={update.isPending}>
          {t("esf.record.save")}
        </Button>
        {saved && (
          <output className="text-muted" aria-live="polite">
            {t("esf.record.saved")}
          </output>
        )}
      </div>
    </form>
  );
}
