import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import { documentQueries } from "./get-documents.ts";

export function useDeleteDocument(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (documentId: string) => api.del(paths.document(documentId)),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: documentQueries.list(personId).queryKey });
      void queryClient.invalidateQueries({ queryKey: queryRoots.tasks });
    },
  });
}
