import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { DataTable } from "#client/components/data-table.tsx";
import { EmptyState } from "#client/components/empty-state.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { describedBy, Field } from "#client/components/field.tsx";
import { Loading } from "#client/components/loading.tsx";
import { Section } from "#client/components/section.tsx";
import { SelectField } from "#client/components/select-field.tsx";
import { isApiError } from "#client/lib/api-error.ts";
import { formatDate, formatDateTime, formatNumber } from "#client/lib/format.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import {
  companyImportKeys,
  type ImportDecision,
  type ImportDuplicate,
  type ImportField,
  type ImportKind,
  type ImportReport,
  ImportReportSchema,
  importFieldsOf,
  personImportKeys,
} from "#shared/schemas/import.ts";
import { useImportHistory, useImportProgress } from "../api/get-import-runs.ts";
import { useRunImport } from "../api/run-import.ts";
import "../messages.ts";

const keysOf = (kind: ImportKind): readonly string[] =>
  kind === "persons" ? personImportKeys : companyImportKeys;

function refusedReport(details: unknown): ImportReport | null {
  if (typeof details !== "object" || details === null || !("report" in details)) return null;
  const parsed = ImportReportSchema.safeParse(details.report);
  return parsed.success ? parsed.data : null;
}

/** The server's own words for a refused file (`details[].message`), next to the translated error code. */
function detailMessages(error: unknown): string[] {
  if (!isApiError(error)) return [];
  return error.fieldIssues.map((issue) => issue.message);
}

/**
 * Import from spreadsheets (issue 16): choose a file, check it (a dry run: nothing is written), map the
 * columns the server did not recognise, decide on likely duplicates, then import all rows or none.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const errorMessage = useErrorMessage();
  const fileId = useId();
  const [kind, setKind] = useState<ImportKind>("persons");
  const [key, setKey] = useState<string>("externalId");
  const [file, setFile] = useState<File | null>(null);
  const [mapping, setMapping] = useState<Record<string, ImportField | null>>({});
  const [decisions, setDecisions] = useState<Record<string, ImportDecision>>({});
  const [report, setReport] = useState<ImportReport | null>(null);
  const run = useRunImport();
  const [sent, setSent] = useState(0);
  const [runId, setRunId] = useState<string | null>(null);
  const checking = run.isPending && run.variables?.dryRun === true;
  const importing = run.isPending && run.variables?.dryRun === false;
  const progress = useImportProgress(importing ? runId : null);
  const writing = importing && progress.data?.status === "writing" ? progress.data : null;

  const reset = () => {
    setReport(null);
    setMapping({});
    setDecisions({});
    run.reset();
  };

  const check = (event?: FormEvent) => {
    event?.preventDefault();
    if (!file) return;
    setSent(0);
    run.mutate(
      { kind, file, key, dryRun: true, mapping, decisions, onProgress: setSent },
      { onSuccess: setReport },
    );
  };
  const commit = () => {
    if (!file) return;
    setSent(0);
    const id = crypto.randomUUID();
    setRunId(id);
    run.mutate(
      { kind, file, key, dryRun: false, mapping, decisions, runId: id, onProgress: setSent },
      {
        onSuccess: setReport,
        // A commit refused for errors (422) carries the whole report: show its errors in the tables.
        onError: (error) => {
          const refused = isApiError(error) ? refusedReport(error.details) : null;
          if (refused) setReport(refused);
        },
      },
    );
  };

  const committed = report?.committed === true;
  const fields = importFieldsOf(kind);

  return (
    <div className="stack">
      <form className="form" noValidate onSubmit={check} aria-label={t("imports.title")}>
        <SelectField
          label={t("imports.kind")}
          value={kind}
          onChange={(event) => {
            const next = event.target.value as ImportKind;
            setKind(next);
            setKey("externalId");
            reset();
          }}
        >
          {(["persons", "companies"] as const).map((each) => (
            <option key={each} value={each}>
              {t(`imports.kinds.${each}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("imports.key")}
          value={key}
          onChange={(event) => {
            setKey(event.target.value);
            setReport(null);
          }}
        >
          {keysOf(kind).map((each) => (
            <option key={each} value={each}>
              {t(`imports.keys.${each as "externalId"}`)}
            </option>
          ))}
        </SelectField>
        <Field inputId={fileId} label={t("imports.file")} hint={t("imports.fileHint")}>
          <input
            id={fileId}
            className="input"
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={describedBy(fileId, t("imports.fileHint"))}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              reset();
            }}
          />
        </Field>
        <div className="form-actions">
          <Button type="submit" variant="primary" disabled={!file || run.isPending} busy={checking}>
            {report && !committed ? t("imports.recheck") : t("imports.check")}
          </Button>
        </div>
      </form>

      {run.isPending && sent < 1 && (
        <p className="import-progress">
          <progress max={1} value={sent} aria-label={t("imports.uploadingLabel")} />{" "}
          {t("imports.uploading", { percent: Math.round(sent * 100) })}
        </p>
      )}
      {checking && sent === 1 && <Loading label={t("imports.checking")} />}
      {importing && sent === 1 && !writing && <Loading label={t("imports.importing")} />}
      {writing && (
        <p className="import-progress">
          <progress max={writing.rowsTotal} value={writing.rowsDone} aria-label={t("imports.writingLabel")} />{" "}
          <span role="status">
            {t("imports.writing", {
              done: formatNumber(writing.rowsDone, language),
              total: formatNumber(writing.rowsTotal, language),
            })}
          </span>
        </p>
      )}

      {run.isError && (
        <Alert>
          <p>
            {t("imports.failed")} {errorMessage(run.error)}
          </p>
          {detailMessages(run.error).map((message) => (
            <p key={message}>{message}</p>
          ))}
        </Alert>
      )}

      {!file && !report && (
        <EmptyState title={t("imports.noFile")}>
          <p>{t("imports.noFileHint")}</p>
          <p>{t(`imports.required.${kind}`)}</p>
        </EmptyState>
      )}
      {!report && <Templates kind={kind} />}

      {committed && report && (
        <Alert tone="info" role="status">
          {report.importId === null
            ? t("imports.nothingToDo")
            : t("imports.done", {
                create: report.counts.create,
                update: report.counts.update,
                skip: report.counts.skip,
              })}
        </Alert>
      )}

      {report && !committed && (
        <>
          <Section id="import-summary" title={t("imports.summary")}>
            <p>{t("imports.format", { format: report.format.toUpperCase(), row: report.headerRow })}</p>
            <ul className="import-counts">
              {(["create", "update", "skip", "errors", "duplicates", "emptyRows"] as const).map((name) => (
                <li key={name}>
                  <strong>{report.counts[name]}</strong> {t(`imports.counts.${name}`)}
                </li>
              ))}
            </ul>
          </Section>

          <Section id="import-columns" title={t("imports.columns")}>
            <DataTable caption={t("imports.columnsCaption")} captionHidden>
              <thead>
                <tr>
                  <th scope="col">{t("imports.column")}</th>
                  <th scope="col">{t("imports.field")}</th>
                </tr>
              </thead>
              <tbody>
                {report.columns.map((column) => (
                  <tr key={column.header}>
                    <th scope="row">{column.header}</th>
                    <td>
                      <select
                        className="input select"
                        aria-label={`${t("imports.field")}: ${column.header}`}
                        value={(column.header in mapping ? mapping[column.header] : column.field) ?? ""}
                        onChange={(event) =>
                          setMapping((current) => ({
                            ...current,
                            [column.header]: (event.target.value || null) as ImportField | null,
                          }))
                        }
                      >
                        <option value="">{t("imports.ignore")}</option>
                        {fields.map((field) => (
                          <option key={field} value={field}>
                            {t(`imports.fields.${field}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </Section>

          {report.errors.length > 0 && (
            <Section id="import-errors" title={t("imports.errors")}>
              <DataTable caption={t("imports.errorsCaption")} captionHidden>
                <thead>
                  <tr>
                    <th scope="col">{t("imports.row")}</th>
                    <th scope="col">{t("imports.column")}</th>
                    <th scope="col">{t("imports.message")}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.errors.map((error) => (
                    <tr key={`${error.row}-${error.column ?? error.field ?? ""}-${error.message}`}>
                      <td>{error.row}</td>
                      <td>
                        {error.column ??
                          (error.field ? t(`imports.fields.${error.field as ImportField}`) : "")}
                      </td>
                      <td>{error.message}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            </Section>
          )}

          {report.duplicates.length > 0 && (
            <Section id="import-duplicates" title={t("imports.duplicates")}>
              <div className="stack">
                {report.duplicates.map((duplicate) => (
                  <DuplicateDecision
                    key={duplicate.row}
                    duplicate={duplicate}
                    label={report.rows.find((row) => row.row === duplicate.row)?.label ?? ""}
                    value={decisions[String(duplicate.row)] ?? "skip"}
                    language={language}
                    onChange={(decision) =>
                      setDecisions((current) => ({ ...current, [String(duplicate.row)]: decision }))
                    }
                  />
                ))}
              </div>
            </Section>
          )}

          <Section id="import-rows" title={t("imports.rows")}>
            {report.rows.length === 0 ? (
              <EmptyState title={t("imports.emptyReport")} />
            ) : (
              <DataTable caption={t("imports.rowsCaption")} captionHidden>
                <thead>
                  <tr>
                    <th scope="col">{t("imports.row")}</th>
                    <th scope="col">{t("imports.name")}</th>
                    <th scope="col">{t("imports.action")}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.rows.map((row) => (
                    <tr key={row.row}>
                      <td>{row.row}</td>
                      <td>{row.label}</td>
                      <td>
                        {t(`imports.actions.${row.action}`)}
                        {row.reason && ` (${t(`imports.reasons.${row.reason}`)})`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            )}
          </Section>

          <div className="form-actions">
            {report.counts.errors > 0 && <p className="field-hint">{t("imports.commitBlocked")}</p>}
            <Button
              variant="primary"
              onClick={commit}
              disabled={report.counts.errors > 0 || run.isPending}
              busy={importing}
            >
              {t("imports.commit")}
            </Button>
          </div>
        </>
      )}
      <ImportHistory language={language} />
    </div>
  );
}

/** Templates with the German headers the import recognises (static files of the client build). */
function Templates({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation();
  const base = kind === "persons" ? "personen" : "unternehmen";
  return (
    <Section id="import-templates" title={t("imports.templates")}>
      <p>{t(`imports.templatesHint.${kind}`)}</p>
      <ul>
        {(["xlsx", "csv"] as const).map((format) => (
          <li key={format}>
            <a href={`/vorlagen/${base}-vorlage.${format}`} download>
              {t("imports.template", { kind: t(`imports.kinds.${kind}`), format: format.toUpperCase() })}
            </a>
          </li>
        ))}
      </ul>
    </Section>
  );
}

/** The centre's latest imports: who, when, which file, how many rows. */
function ImportHistory({ language }: { language: ReturnType<typeof useLanguage> }) {
  const { t } = useTranslation();
  const history = useImportHistory();
  return (
    <Section id="import-history" title={t("imports.history")}>
      {history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <ErrorState error={history.error} onRetry={() => void history.refetch()} />
      ) : history.data.length === 0 ? (
        <EmptyState title={t("imports.historyEmpty")} />
      ) : (
        <DataTable caption={t("imports.historyCaption")} captionHidden>
          <thead>
            <tr>
              <th scope="col">{t("imports.historyWhen")}</th>
              <th scope="col">{t("imports.historyFile")}</th>
              <th scope="col">{t("imports.kind")}</th>
              <th scope="col">{t("imports.historyBy")}</th>
              <th scope="col">{t("imports.historyResult")}</th>
            </tr>
          </thead>
          <tbody>
            {history.data.map((each) => (
              <tr key={each.id}>
                <td>{formatDateTime(each.startedAt, language)}</td>
                <td>{each.fileName}</td>
                <td>{t(`imports.kinds.${each.kind}`)}</td>
                <td>{each.startedBy ?? "–"}</td>
                <td>
                  {each.status === "done"
                    ? t("imports.historyCounts", {
                        create: formatNumber(each.counts.create, language),
                        update: formatNumber(each.counts.update, language),
                        skip: formatNumber(each.counts.skip, language),
                      })
                    : t(`imports.statuses.${each.status}`)}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </Section>
  );
}

type DuplicateDecisionProps = {
  duplicate: ImportDuplicate;
  label: string;
  value: ImportDecision;
  language: ReturnType<typeof useLanguage>;
  onChange: (decision: ImportDecision) => void;
};

/** One row with likely duplicates: skip it (the default), create it anyway, or update one of the candidates. */
function DuplicateDecision({ duplicate, label, value, language, onChange }: DuplicateDecisionProps) {
  const { t } = useTranslation();
  const name = `decision-${duplicate.row}`;
  const options: { value: ImportDecision; label: string }[] = [
    { value: "skip", label: t("imports.decisionSkip") },
    { value: "create", label: t("imports.decisionCreate") },
    ...duplicate.candidates.map((candidate) => ({
      value: `update:${candidate.id}` as ImportDecision,
      label: candidate.birthDate
        ? t("imports.decisionUpdate", {
            label: candidate.label,
            birthDate: formatDate(candidate.birthDate, language),
          })
        : t("imports.decisionUpdateNoDate", { label: candidate.label }),
    })),
  ];
  return (
    <fieldset className="import-decision">
      <legend>{t("imports.duplicateRow", { row: duplicate.row, label })}</legend>
      {options.map((option) => (
        <label key={option.value} className="import-decision-option">
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />{" "}
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
