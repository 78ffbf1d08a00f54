import { useTranslation } from "react-i18next";
import { DataTable } from "#client/components/data-table.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { Section } from "#client/components/section.tsx";
import { useDocuments } from "../api/get-documents.ts";
import { DocumentRow } from "./document-row.tsx";
import { UploadPanel } from "./upload-panel.tsx";
import "../messages.ts";

/** A person's documents: drop or choose files, then list, preview, download and delete them. */
export function DocumentsSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const documents = useDocuments(personId);
  const title = t("documents.title");
  return (
    <Section id="documents" title={title}>
      <div className="stack">
        <p className="text-muted">{t("documents.intro")}</p>
        <UploadPanel personId={personId} />
        {documents.isPending ? (
          <Loading />
        ) : documents.isError ? (
          <ErrorState error={documents.error} onRetry={() => void documents.refetch()} />
        ) : documents.data.length === 0 ? (
          <p className="text-muted">{t("documents.empty")}</p>
        ) : (
          <DataTable caption={title} captionHidden>
            <thead>
              <tr>
                <th scope="col">{t("documents.type")}</th>
                <th scope="col">{t("documents.name")}</th>
                <th scope="col">{t("documents.size")}</th>
                <th scope="col">{t("documents.date")}</th>
                <th scope="col">{t("documents.validUntil")}</th>
                <th scope="col">{t("documents.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {documents.data.map((document) => (
                <DocumentRow key={document.id} document={document} />
              ))}
            </tbody>
          </DataTable>
        )}
      </div>
    </Section>
  );
}
