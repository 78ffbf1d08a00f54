import { useMutation } from "@tanstack/react-query";
import type { ListExportFormat } from "../../../../../shared/schemas/list-export.ts";
import { api, type QueryParams } from "../../../lib/api-client.ts";

export type ExportedList = "persons" | "cases";

/** Saves the file the way a link with `download` would, once the server answered it (errors stay on the page). */
function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function useDownloadList(list: ExportedList) {
  return useMutation({
    mutationFn: async ({ format, params }: { format: ListExportFormat; params: QueryParams }) => {
      const file = await api.download(`/api/exports/${list}`, { ...params, format });
      save(file.blob, file.fileName);
      return file.fileName;
    },
  });
}
