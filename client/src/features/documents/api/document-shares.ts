import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import { DocumentSharesSchema } from "#shared/schemas/document.ts";
import { documentQueries } from "./get-documents.ts";

export const documentShareQueries = {
  shares: (documentId: string) =>
    queryOptions({
      queryKey: [...documentQueries.all, "shares", documentId] as const,
      queryFn: ({ signal }) => api.get(paths.documentShares(documentId), DocumentSharesSchema, { signal }),
    }),
};

export function useDocumentShares(documentId: string) {
  return useQuery(documentShareQueries.shares(documentId));
}

/** Shares the document with a placement's company, or ends the sharing; the list is read again either way. */
export function useToggleShare(documentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ placementId, share }: { placementId: string; share: boolean }) => {
      if (share) await api.post(paths.documentShares(documentId), { placementId }, DocumentSharesSchema);
      else await api.del(paths.documentShare(documentId, placementId));
    },
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: documentShareQueries.shares(documentId).queryKey }),
  });
}
