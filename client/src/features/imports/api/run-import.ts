import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import {
  type ImportDecision,
  type ImportField,
  type ImportKind,
  ImportReportSchema,
} from "#shared/schemas/import.ts";
import { importRunQueries } from "./get-import-runs.ts";

export type ImportRequest = {
  kind: ImportKind;
  file: File;
  key: string;
  dryRun: boolean;
  mapping: Record<string, ImportField | null>;
  decisions: Record<string, ImportDecision>;
  /** The commit's run id, chosen here so that its progress can be asked for while the request runs. */
  runId?: string;
  /** The share of the file sent so far, 0 to 1. */
  onProgress?: (fraction: number) => void;
};

/** Checks (`dryRun`) or imports a spreadsheet; a commit refreshes the lists it changed. */
export function useRunImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, file, key, dryRun, mapping, decisions, runId, onProgress }: ImportRequest) => {
      const form = new FormData();
      form.set("file", file);
      if (Object.keys(mapping).length > 0) form.set("mapping", JSON.stringify(mapping));
      if (Object.keys(decisions).length > 0) form.set("decisions", JSON.stringify(decisions));
      return api.upload(`/api/imports/${kind}`, form, ImportReportSchema, {
        query: { key, dryRun: dryRun ? 1 : 0, ...(runId && { runId }) },
        onProgress,
      });
    },
    onSuccess: async (report) => {
      if (!report.committed) return;
      await queryClient.invalidateQueries({ queryKey: importRunQueries.all });
      return queryClient.invalidateQueries({
        queryKey: report.kind === "persons" ? queryRoots.persons : queryRoots.companies,
      });
    },
  });
}
