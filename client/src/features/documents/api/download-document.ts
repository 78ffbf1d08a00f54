import { useMutation } from "@tanstack/react-query";
import { paths } from "../../../../../shared/api/paths.ts";
import { api } from "../../../lib/api-client.ts";
import { saveFile } from "../../../lib/save-file.ts";

/** A data: URL, because the app's CSP allows images from 'self' and data: only. */
const dataUrlOf = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });

export function useDownloadDocument() {
  return useMutation({
    mutationFn: async (documentId: string) => {
      const file = await api.download(paths.documentContent(documentId));
      saveFile(file.blob, file.fileName);
      return file.fileName;
    },
  });
}

/** The image itself, fetched through the same audited download, shown in the page. */
export function usePreviewDocument() {
  return useMutation({
    mutationFn: async (documentId: string) => {
      const file = await api.download(paths.documentContent(documentId));
      return dataUrlOf(file.blob);
    },
  });
}
