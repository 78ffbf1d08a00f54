import { useMutation, useQueryClient } from "@tanstack/react-query";
import { paths } from "../../../../../shared/api/paths.ts";
import {
  type DocumentType,
  type DocumentUploadResult,
  DocumentUploadResultSchema,
} from "../../../../../shared/schemas/document.ts";
import { ApiError } from "../../../lib/api-error.ts";
import { errorFromResponse } from "../../../lib/error-envelope.ts";
import { queryRoots } from "../../../lib/query-roots.ts";
import { documentQueries } from "./get-documents.ts";

export type UploadInput = { file: File; type: DocumentType; validUntil?: string; note?: string };

const parsedJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

/** XMLHttpRequest rather than fetch: only it reports upload progress. Same origin, so the browser sends Origin. */
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
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open("POST", paths.personDocuments(personId));
    request.setRequestHeader("Accept", "application/json");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () =>
      reject(new ApiError({ status: 0, code: "network_error", message: "upload failed" }));
    request.onload = () => {
      const payload = parsedJson(request.responseText);
      if (request.status >= 400) {
        reject(errorFromResponse(request.status, payload, request.getResponseHeader("Retry-After")));
        return;
      }
      const parsed = DocumentUploadResultSchema.safeParse(payload);
      if (parsed.success) resolve(parsed.data);
      else reject(new ApiError({ status: request.status, code: "invalid_response", message: "upload" }));
    };
    request.send(form);
  });
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
