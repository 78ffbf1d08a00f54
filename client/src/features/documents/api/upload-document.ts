import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import {
  type DocumentType,
  type DocumentUploadResult,
  DocumentUploadResultSchema,
} from "#shared/schemas/document.ts";
import { documentQueries } from "./get-documents.ts";

export type UploadInput = { file: File; type: DocumentType; validUntil?: string; note?: string };

export function sendDocument(
  personId: string,
  input: UploadInput,
  onProgress: (fraction: number) => void,
): Promise<DocumentUploadResult> {
  const form = new FormData();
  form.append("type", input.type);
  if (input.validUntil) form.append("validUntil", input.validUntil);
  if (input.note) form.append("note", input.note);
  form.append("file", input.file, input.file.name);
  return api.upload(paths.personDocuments(personId), form, DocumentUploadResultSchema, { onProgress });
}

export function useUploadDocument(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, onProgress }: { input: UploadInput; onProgress: (fraction: number) => void }) =>
      sendDocument(personId, input, onProgress),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: documentQueries.list(personId).queryKey });
      void queryClient.invalidateQueries({ queryKey: queryRoots.tasks });
    },
  });
}
