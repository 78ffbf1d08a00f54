import { useMutation } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { saveFile } from "#client/lib/save-file.ts";
import { paths } from "#shared/api/paths.ts";

export function useDownloadDocument() {
  return useMutation({
    mutationFn: async (documentId: string) => {
      const file = await api.download(paths.documentContent(documentId));
      saveFile(file.blob, file.fileName);
      return file.fileName;
    },
  });
}
