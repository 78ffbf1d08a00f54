import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { DocumentMeta } from "../../../../../shared/schemas/document.ts";
import { todayInBerlin } from "../../../../../shared/time/calendar.ts";
import { Button } from "../../../components/button.tsx";
import { useToast } from "../../../components/toasts/toast-context.ts";
import { formatBytes, formatDate } from "../../../lib/format.ts";
import { useErrorMessage } from "../../../lib/use-error-message.ts";
import { useLanguage } from "../../../lib/use-language.ts";
import { useDeleteDocument } from "../api/delete-document.ts";
import { useDownloadDocument, usePreviewDocument } from "../api/download-document.ts";

const previewable = (document: DocumentMeta) =>
  ["image/jpeg", "image/png", "image/webp"].includes(document.contentType);

export function DocumentRow({ document }: { document: DocumentMeta }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const download = useDownloadDocument();
  const preview = usePreviewDocument();
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
        <td>{name}</td>
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
            {previewable(document) && (
              <Button
                variant="quiet"
                busy={preview.isPending}
                aria-expanded={preview.isSuccess}
                aria-label={t(preview.isSuccess ? "documents.hidePreview" : "documents.previewNamed", {
                  name,
                })}
                onClick={() =>
                  preview.isSuccess ? preview.reset() : preview.mutate(document.id, { onError: failed })
                }
              >
                {t(preview.isSuccess ? "documents.hidePreview" : "documents.preview")}
              </Button>
            )}
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
      {preview.data && (
        <tr>
          <td colSpan={6}>
            <img className="document-preview" src={preview.data} alt={t("documents.previewAlt", { name })} />
          </td>
        </tr>
      )}
    </>
  );
}
