import { useTranslation } from "react-i18next";
import { Button } from "#client/components/button.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import type { QueryParams } from "#client/lib/api-client.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { listExportFormats } from "#shared/schemas/list-export.ts";
import { type ExportedList, useDownloadList } from "../api/download-list.ts";
import "../messages.ts";

type ListExportButtonsProps = { list: ExportedList; params: QueryParams; ids?: string[] | undefined };

/**
 * "Liste exportieren: CSV | Excel" with the list's current filters, or with `ids` "Auswahl exportieren" (the rows
 * chosen for a bulk action); the file is saved once the server answered.
 */
export function ListExportButtons({ list, params, ids }: ListExportButtonsProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorMessage = useErrorMessage();
  const download = useDownloadList(list);
  return (
    <fieldset className="list-export" title={t(ids ? "listExports.selectionHint" : "listExports.hint")}>
      <legend className="list-export-label">
        {t(ids ? "listExports.selectionLabel" : "listExports.label")}
      </legend>
      {listExportFormats.map((format) => (
        <Button
          key={format}
          aria-label={t(ids ? `listExports.${format}SelectionLabel` : `listExports.${format}Label`)}
          busy={download.isPending && download.variables?.format === format}
          disabled={download.isPending}
          onClick={() =>
            download.mutate(
              { format, params, ids },
              {
                onSuccess: (file) => toast(t("listExports.done", { file })),
                onError: (error) => toast(errorMessage(error), "error"),
              },
            )
          }
        >
          {t(`listExports.${format}`)}
        </Button>
      ))}
    </fieldset>
  );
}
