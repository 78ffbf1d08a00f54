import { useMutation } from "@tanstack/react-query";
import { paths } from "../../../../../shared/api/paths.ts";
import { api } from "../../../lib/api-client.ts";
import { saveFile } from "../../../lib/save-file.ts";

export function useDownloadDocument() {
  return useMutation({
    mutationFn: async (documentId: string) => {
      const file = await api.download(paths.documentContent(documentId));
      saveFile(file.blob, file.fileName);
      return file.fileName;
    },
  });
}
