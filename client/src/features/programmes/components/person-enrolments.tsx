import { zodResolver } from "@hookform/resolvers/zod";
import { type FormEvent, useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { CheckboxField } from "#client/components/checkbox-field.tsx";
import { DateField } from "#client/components/date-field.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { useRecordReadOnly } from "#client/components/record-read-only.tsx";
import { SelectField } from "#client/components/select-field.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { isApiError } from "#client/lib/api-error.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { todayIso } from "#client/lib/dates.ts";
import { formatDate } from "#client/lib/format.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { Enrolment } from "#shared/schemas/programme.ts";
import { useEnrol, useUpdateEnrolment } from "../api/change-enrolment.ts";
import { usePersonEnrolments, useProgrammes } from "../api/get-programmes.ts";
import {
  EnrolFormSchema,
  type EsfResultDraft,
  EsfResultFields,
  EsfResultSummary,
  emptyEsfResult,
} from "./esf-fields.tsx";
import "../messages.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";

function EnrolForm({ personId, onDone }: { personId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const showToast = useToast();
  const programmes = useProgrammes();
  const enrol = useEnrol();
  const { register, handleSubmit, formState, setError, watch } = useForm({
    resolver: withRequiredErrors(zodResolver(EnrolFormSchema)),
    mode: "onTouched",
    shouldUnregister: true,
    defaultValues: { programmeId: "", enteredOn: todayIso() },
  });
  const programmeId = watch("programmeId");
  const esf =
    programmes.data?.find((programme) => programme.id === programmeId)?.fundingSource === "esf_plus";
  const onSubmit = handleSubmit((values) =>
    enrol.mutate(
      { ...values, personId, esfEntry: null },
      {
        onSuccess: () => {
          showToast(t("programmes.person.added"));
          onDone();
        },
        onError: (error) => applyServerErrors(error, setError, ["programmeId", "enteredOn"]),
      },
    ),
  );
  const failure = enrol.error && !isApiError(enrol.error, "validation_failed") ? enrol.error : null;
  return (
    <form className="form inline-form" noValidate onSubmit={onSubmit} aria-label={t("programmes.person.add")}>
      {failure && <Alert>{errorMessage(failure)}</Alert>}
      <div className="form-grid">
        <SelectField
          label={t("programmes.enrolment.programme")}
          error={fieldError(formState.errors.programmeId)}
          disabled={programmes.isPending}
          {...register("programmeId")}
        >
          <option value="">{t("programmes.enrolment.chooseProgramme")}</option>
          {(programmes.data ?? []).map((programme) => (
            <option key={programme.id} value={programme.id}>
              {programme.name}
            </option>
          ))}
        </SelectField>
        <DateField
          label={t("programmes.enrolment.enteredOn")}
          error={fieldError(formState.errors.enteredOn)}
          {...register("enteredOn")}
        />
      </div>
      {esf && <p className="text-muted">{t("programmes.esf.entryAfterEnrol")}</p>}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={enrol.isPending}>
          {t("programmes.person.add")}
        </Button>
        <Button onClick={onDone}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}

function ExitForm({ enrolment, onDone }: { enrolment: Enrolment; onDone: () => void }) {
  const { t } = useTranslation();
  const showToast = useToast();
  const errorMessage = useErrorMessage();
  const update = useUpdateEnrolment();
  const [status, setStatus] = useState<"completed" | "dropped_out">("completed");
  const [exitedOn, setExitedOn] = useState(todayIso());
  const esf = enrolment.fundingSource === "esf_plus";
  const [withResult, setWithResult] = useState(false);
  const [result, setResult] = useState<EsfResultDraft>(() => emptyEsfResult(todayIso()));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const esfResult = esf && withResult ? { ...result } : undefined;
    update.mutate(
      {
        id: enrolment.id,
        changes: { version: enrolment.version, status, exitedOn, ...(esfResult && { esfResult }) },
      },
      {
        onSuccess: () => {
          showToast(t("programmes.person.exited"));
          onDone();
        },
        onError: (error) => showToast(errorMessage(error), "error"),
      },
    );
  };
  const statusAndDate = (
    <>
      <label className="visually-hidden" htmlFor={`exit-status-${enrolment.id}`}>
        {t("programmes.person.exitStatus")}
      </label>
      <select
        id={`exit-status-${enrolment.id}`}
        className="input select input-date"
        value={status}
        onChange={(event) => setStatus(event.target.value as "completed" | "dropped_out")}
      >
        <option value="completed">{t("programmes.statuses.completed")}</option>
        <option value="dropped_out">{t("programmes.statuses.dropped_out")}</option>
      </select>
      <DateField
        id={`exit-on-${enrolment.id}`}
        label={t("programmes.enrolment.exitedOn")}
        labelHidden
        className="input-date"
        required
        min={enrolment.enteredOn}
        value={exitedOn}
        onValueChange={setExitedOn}
      />
    </>
  );
  const actions = (
    <>
      <Button type="submit" variant="primary" className="button-small" busy={update.isPending}>
        {t("common.save")}
      </Button>
      <Button className="button-small" onClick={onDone}>
        {t("common.cancel")}
      </Button>
    </>
  );
  const label = t("programmes.person.exitLabel", { name: enrolment.programmeName });
  if (!esf)
    return (
      <form className="row-form" onSubmit={onSubmit} aria-label={label}>
        {statusAndDate}
        {actions}
      </form>
    );
  // ESF Plus: the results within four weeks of leaving may be recorded now or later.
  return (
    <form className="form inline-form esf-exit-form" onSubmit={onSubmit} aria-label={label}>
      <div className="row-form esf-exit-row">{statusAndDate}</div>
      <CheckboxField
        id={`exit-with-result-${enrolment.id}`}
        label={t("programmes.esf.recordNow")}
        checked={withResult}
        onChange={(event) => setWithResult(event.target.checked)}
      />
      {withResult && (
        <EsfResultFields
          idPrefix={`exit-result-${enrolment.id}`}
          value={result}
          minDate={exitedOn}
          onChange={setResult}
        />
      )}
      <div className="form-actions">{actions}</div>
    </form>
  );
}

/** Records the ESF Plus results of an enrolment that has ended without them. */
function ResultForm({ enrolment, onDone }: { enrolment: Enrolment; onDone: () => void }) {
  const { t } = useTranslation();
  const showToast = useToast();
  const errorMessage = useErrorMessage();
  const update = useUpdateEnrolment();
  const [result, setResult] = useState<EsfResultDraft>(() => emptyEsfResult(todayIso()));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { id: enrolment.id, changes: { version: enrolment.version, esfResult: { ...result } } },
      {
        onSuccess: () => {
          showToast(t("programmes.esf.resultSaved"));
          onDone();
        },
        onError: (error) => showToast(errorMessage(error), "error"),
      },
    );
  };
  return (
    <form
      className="form inline-form esf-exit-form"
      onSubmit={onSubmit}
      aria-label={t("programmes.esf.recordLabel", { name: enrolment.programmeName })}
    >
      <EsfResultFields
        idPrefix={`result-${enrolment.id}`}
        value={result}
        minDate={enrolment.exitedOn ?? undefined}
        onChange={setResult}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" className="button-small" busy={update.isPending}>
          {t("common.save")}
        </Button>
        <Button className="button-small" onClick={onDone}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}

function EnrolmentItem({ enrolment }: { enrolment: Enrolment }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [exiting, setExiting] = useState(false);
  const [recording, setRecording] = useState(false);
  const entered = formatDate(enrolment.enteredOn, language);
  const esf = enrolment.fundingSource === "esf_plus";
  return (
    <li className="list-row">
      <span className="list-row-title">{enrolment.programmeName}</span>
      <span className={enrolment.status === "active" ? "badge badge-success" : "badge badge-neutral"}>
        {t(`programmes.statuses.${enrolment.status}`)}
      </span>
      <span className="text-muted">
        {enrolment.exitedOn
          ? t("programmes.person.range", { from: entered, to: formatDate(enrolment.exitedOn, language) })
          : t("programmes.person.since", { date: entered })}
        {esf && ` · ${t("programmes.funding.esf_plus")}`}
      </span>
      {enrolment.esfResult && <EsfResultSummary result={enrolment.esfResult} />}
      {esf && (
        <Link
          to={`/enrolments/${enrolment.id}/esf`}
          aria-label={t("programmes.esf.participantLinkLabel", { name: enrolment.programmeName })}
        >
          {t("programmes.esf.participantLink")}
        </Link>
      )}
      {enrolment.status === "active" &&
        (exiting ? (
          <ExitForm enrolment={enrolment} onDone={() => setExiting(false)} />
        ) : (
          <Button
            variant="quiet"
            className="button-small"
            aria-label={t("programmes.person.exitLabel", { name: enrolment.programmeName })}
            onClick={() => setExiting(true)}
          >
            {t("programmes.person.exit")}
          </Button>
        ))}
      {esf &&
        enrolment.status !== "active" &&
        !enrolment.esfResult &&
        (recording ? (
          <ResultForm enrolment={enrolment} onDone={() => setRecording(false)} />
        ) : (
          <Button
            variant="quiet"
            className="button-small"
            aria-label={t("programmes.esf.recordLabel", { name: enrolment.programmeName })}
            onClick={() => setRecording(true)}
          >
            {t("programmes.esf.record")}
          </Button>
        ))}
    </li>
  );
}

export function PersonEnrolments({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const enrolments = usePersonEnrolments(personId);
  const [adding, setAdding] = useState(false);
  const readOnly = useRecordReadOnly();
  return (
    <div className="subsection">
      <div className="section-header">
        <h3 className="subsection-title">{t("programmes.person.title")}</h3>
        {!adding && !readOnly && (
          <Button variant="quiet" className="button-small" onClick={() => setAdding(true)}>
            {t("programmes.person.add")}
          </Button>
        )}
      </div>
      <div className="stack">
        {adding && <EnrolForm personId={personId} onDone={() => setAdding(false)} />}
        {enrolments.isPending ? (
          <Loading />
        ) : enrolments.isError ? (
          <ErrorState error={enrolments.error} onRetry={() => void enrolments.refetch()} />
        ) : enrolments.data.length === 0 ? (
          <p className="text-muted">{t("programmes.person.none")}</p>
        ) : (
          <ul className="list" aria-label={t("programmes.person.caption")}>
            {enrolments.data.map((enrolment) => (
              <EnrolmentItem key={enrolment.id} enrolment={enrolment} />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
