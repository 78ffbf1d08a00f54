import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { formatBytes, formatDate } from "#client/lib/format.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { paths } from "#shared/api/paths.ts";
import { type DocumentMeta, hasPreview } from "#shared/schemas/document.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import { useDeleteDocument } from "../api/delete-document.ts";
import { useDownloadDocument } from "../api/download-document.ts";
import { SharePanel } from "./share-panel.tsx";

export function DocumentRow({ document }: { document: DocumentMeta }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const download = useDownloadDocument();
  const [previewing, setPreviewing] = useState(false);
  const [sharing, setSharing] = useState(false);
  const [noPreview, setNoPreview] = useState(false);
  const previewable = hasPreview(document.contentType) && !noPreview;
  const remove = useDeleteDocument(document.personId);
  const [confirming, setConfirming] = useState(false);
  const name = document.fileName;
  const expired = document.validUntil !== null && document.validUntil < todayInBerlin();
  const failed = (error: unknown) =>
    toast(`${t("documents.downloadFailed")}: ${errorMessage(error)}`, "error");
  return (
    <>
      <tr>
        <td>{t(`documentTypes.${document.type}`)}</td>
        <td>
          <span className="document-name">
            {previewable && (
              <img
                className="document-thumbnail"
                src={paths.documentPreview(document.id)}
                alt=""
                width={40}
                height={40}
                loading="lazy"
                onError={() => setNoPreview(true)}
              />
            )}
            {name}
          </span>
        </td>
        <td className="cell-nowrap">{formatBytes(document.sizeBytes, language)}</td>
        <td className="cell-nowrap">{formatDate(document.createdAt, language)}</td>
        <td className="cell-nowrap">
          {document.validUntil ? formatDate(document.validUntil, language) : "–"}
          {expired && <span className="badge badge-warning"> {t("documents.expired")}</span>}
        </td>
        <td className="cell-nowrap">
          <div className="button-row">
            <Button
              variant="quiet"
              busy={download.isPending}
              aria-label={t("documents.downloadNamed", { name })}
              onClick={() => download.mutate(document.id, { onError: failed })}
            >
              {t("documents.download")}
            </Button>
            {previewable && (
              <Button
                variant="quiet"
                aria-expanded={previewing}
                aria-label={t(previewing ? "documents.hidePreview" : "documents.previewNamed", { name })}
                onClick={() => setPreviewing(!previewing)}
              >
                {t(previewing ? "documents.hidePreview" : "documents.preview")}
              </Button>
            )}
            <Button
              variant="quiet"
              aria-expanded={sharing}
              aria-label={t("documents.sharing.openNamed", { name })}
              onClick={() => setSharing(!sharing)}
            >
              {t("documents.sharing.open")}
            </Button>
            {confirming ? (
              <>
                <Button
                  variant="danger"
                  busy={remove.isPending}
                  onClick={() =>
                    remove.mutate(document.id, {
                      onSuccess: () => toast(t("documents.deleted")),
                      onError: (error) => toast(errorMessage(error), "error"),
                      onSettled: () => setConfirming(false),
                    })
                  }
                >
                  {t("documents.confirmDelete")}
                </Button>
                <Button variant="quiet" onClick={() => setConfirming(false)}>
                  {t("documents.cancel")}
                </Button>
              </>
            ) : (
              <Button
                variant="quiet"
                aria-label={t("documents.deleteNamed", { name })}
                onClick={() => setConfirming(true)}
              >
                {t("documents.delete")}
              </Button>
            )}
          </div>
        </td>
      </tr>
      {previewing && previewable && (
        <tr>
          <td colSpan={6}>
            <img
              className="document-preview"
              src={paths.documentPreview(document.id)}
              alt={t("documents.previewAlt", { name })}
            />
          </td>
        </tr>
      )}
      {sharing && (
        <tr>
          <td colSpan={6}>
            <SharePanel documentId={document.id} name={name} />
          </td>
        </tr>
      )}
    </>
  );
}
