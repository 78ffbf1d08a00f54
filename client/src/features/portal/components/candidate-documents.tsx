import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { api } from "#client/lib/api-client.ts";
import { formatBytes } from "#client/lib/format.ts";
import { saveFile } from "#client/lib/save-file.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { paths } from "#shared/api/paths.ts";
import type { SharedDocument } from "#shared/schemas/document.ts";
import { portalQueries } from "../api/portal-queries.ts";

/** Documents the Welcome Center shared for this candidate (a CV, a certificate), shown once the contact is released. */
export function CandidateDocuments({ placementId }: { placementId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const documents = useQuery(portalQueries.candidateDocuments(placementId));
  const download = useMutation({
    mutationFn: async (document: SharedDocument) => {
      const file = await api.download(paths.candidateDocumentContent(placementId, document.id));
      saveFile(file.blob, file.fileName);
    },
    onError: (error) => toast(errorMessage(error), "error"),
  });
  if (documents.isPending) return null;
  if (documents.isError) return <span className="text-muted">{t("portal.candidate.documentsFailed")}</span>;
  if (documents.data.length === 0)
    return <span className="text-muted">{t("portal.candidate.noDocuments")}</span>;
  return (
    <ul className="plain-list">
      {documents.data.map((document) => (
        <li key={document.id}>
          <Button
            variant="quiet"
            busy={download.isPending && download.variables?.id === document.id}
            aria-label={t("portal.candidate.downloadDocument", { name: document.fileName })}
            onClick={() => download.mutate(document)}
          >
            {document.fileName}
          </Button>{" "}
          <span className="text-muted">
            {t(`documentTypes.${document.type}`)} · {formatBytes(document.sizeBytes, language)}
          </span>
        </li>
      ))}
    </ul>
  );
}
