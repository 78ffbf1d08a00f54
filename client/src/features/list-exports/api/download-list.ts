import { useMutation } from "@tanstack/react-query";
import type { ListExportFormat } from "../../../../../shared/schemas/list-export.ts";
import { api, type QueryParams } from "../../../lib/api-client.ts";
import { saveFile } from "../../../lib/save-file.ts";

export type ExportedList = "persons" | "cases";

export function useDownloadList(list: ExportedList) {
  return useMutation({
    mutationFn: async ({ format, params }: { format: ListExportFormat; params: QueryParams }) => {
      const file = await api.download(`/api/exports/${list}`, { ...params, format });
      saveFile(file.blob, file.fileName);
      return file.fileName;
    },
  });
}
