import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { isApiError } from "#client/lib/api-error.ts";
import { ImportRunListSchema, ImportRunSchema } from "#shared/schemas/import.ts";

const POLL_MS = 400;

export const importRunQueries = {
  all: ["imports"] as const,
  history: () =>
    queryOptions({
      queryKey: [...importRunQueries.all, "history"] as const,
      queryFn: ({ signal }) => api.get("/api/imports", ImportRunListSchema, { signal }),
      select: (list) => list.items,
    }),
  /**
   * A commit's progress, asked for while the upload request runs (decision 0046): 404 until the server has
   * checked the file and started the run, then rows written of all — from whichever API instance answers.
   */
  progress: (runId: string) =>
    queryOptions({
      queryKey: [...importRunQueries.all, "run", runId] as const,
      queryFn: async ({ signal }) => {
        try {
          return await api.get(`/api/imports/${runId}`, ImportRunSchema, { signal });
        } catch (error) {
          if (isApiError(error) && error.status === 404) return null;
          throw error;
        }
      },
      refetchInterval: POLL_MS,
      retry: false,
      gcTime: 0,
    }),
};

export const useImportHistory = () => useQuery(importRunQueries.history());
export const useImportProgress = (runId: string | null) =>
  useQuery({ ...importRunQueries.progress(runId ?? ""), enabled: runId !== null });
