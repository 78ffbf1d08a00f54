import { useMutation } from "@tanstack/react-query";
import { api, type QueryParams } from "#client/lib/api-client.ts";
import { saveFile } from "#client/lib/save-file.ts";
import type { ListExportFormat } from "#shared/schemas/list-export.ts";

export type ExportedList = "persons" | "cases";

/** The list with its filters, or (bulk actions) only the rows chosen in it. */
type DownloadRequest = { format: ListExportFormat; params: QueryParams; ids?: string[] | undefined };

export function useDownloadList(list: ExportedList) {
  return useMutation({
    mutationFn: async ({ format, params, ids }: DownloadRequest) => {
      const path = `/api/exports/${list}`;
      const file = ids
        ? await api.download(path, {}, { format, ids })
        : await api.download(path, { ...params, format });
      saveFile(file.blob, file.fileName);
      return file.fileName;
    },
  });
}
