import { type DragEvent, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { DateField } from "#client/components/date-field.tsx";
import { SelectField } from "#client/components/select-field.tsx";
import { isApiError } from "#client/lib/api-error.ts";
import { rememberServerIssue } from "#client/lib/apply-server-errors.ts";
import { SERVER_ERROR_TYPE } from "#client/lib/field-error-text.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { type DocumentType, documentTypes } from "#shared/schemas/document.ts";
import { useUploadDocument } from "../api/upload-document.ts";

type Upload = {
  key: number;
  name: string;
  progress: number;
  state: "sending" | "done" | "duplicate" | "failed";
  error?: string;
};

/** Several files at once, dropped or chosen; each gets its own progress and its own outcome. */
export function UploadPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const fieldError = useFieldError();
  const upload = useUploadDocument(personId);
  const inputRef = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const [type, setType] = useState<DocumentType>("other");
  const [validUntil, setValidUntil] = useState("");
  const [dragging, setDragging] = useState(false);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const nextKey = useRef(0);

  const update = (key: number, change: Partial<Upload>) =>
    setUploads((all) => all.map((item) => (item.key === key ? { ...item, ...change } : item)));

  const describe = (error: unknown) => {
    const issue = isApiError(error, "validation_failed") ? error.fieldIssues[0] : undefined;
    if (issue) {
      rememberServerIssue(issue);
      return fieldError({ type: SERVER_ERROR_TYPE, message: issue.message }) ?? issue.message;
    }
    return isApiError(error) && error.status >= 400 && error.status < 500 && error.message
      ? error.message
      : errorMessage(error);
  };

  const send = async (files: readonly File[]) => {
    for (const file of files) {
      const key = nextKey.current++;
      setUploads((all) => [{ key, name: file.name, progress: 0, state: "sending" }, ...all]);
      try {
        const result = await upload.mutateAsync({
          input: { file, type, validUntil: validUntil || undefined },
          onProgress: (progress) => update(key, { progress }),
        });
        update(key, { progress: 1, state: result.duplicate ? "duplicate" : "done" });
      } catch (error) {
        update(key, { state: "failed", error: describe(error) });
      }
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void send([...event.dataTransfer.files]);
  };

  return (
    <div className="stack no-print">
      <div className="form-grid">
        <SelectField
          label={t("documents.type")}
          value={type}
          onChange={(event) => setType(event.target.value as DocumentType)}
        >
          {documentTypes.map((value) => (
            <option key={value} value={value}>
              {t(`documentTypes.${value}`)}
            </option>
          ))}
        </SelectField>
        <DateField
          label={t("documents.validUntil")}
          hint={t("documents.validUntilHint")}
          optionalLabel={t("common.optional")}
          value={validUntil}
          onValueChange={setValidUntil}
        />
      </div>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is pointer-only; the file button inside is the keyboard path */}
      <div
        className={`drop-zone${dragging ? " drop-zone-active" : ""}`}
        data-testid="document-drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className="drop-zone-title">{t("documents.dropZone")}</p>
        <p className="text-muted" id={hintId}>
          {t("documents.dropHint")}
        </p>
        <label className="button button-secondary">
          {t("documents.choose")}
          <input
            ref={inputRef}
            type="file"
            multiple
            className="visually-hidden"
            aria-describedby={hintId}
            onChange={(event) => {
              const files = [...(event.target.files ?? [])];
              event.target.value = "";
              void send(files);
            }}
          />
        </label>
      </div>
      {uploads.length > 0 && (
        <ul className="upload-list" aria-label={t("documents.uploads")} aria-live="polite">
          {uploads.map((item) => (
            <li key={item.key} className="upload-item">
              <span className="upload-name">{item.name}</span>
              {item.state === "sending" ? (
                <progress
                  max={1}
                  value={item.progress}
                  aria-label={t("documents.progress", { name: item.name })}
                />
              ) : item.state === "failed" ? (
                <span className="text-danger" role="alert">
                  {t("documents.failed")}: {item.error}
                </span>
              ) : (
                <span className="text-muted">
                  {t(item.state === "duplicate" ? "documents.duplicate" : "documents.uploaded")}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
