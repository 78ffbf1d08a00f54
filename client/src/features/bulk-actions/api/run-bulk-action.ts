import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api, type QueryParams } from "#client/lib/api-client.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import { type BulkChangeSchema, BulkSummarySchema } from "#shared/schemas/bulk.ts";

export type BulkList = "persons" | "cases";
export type BulkChange = z.infer<typeof BulkChangeSchema>;
/** The rows chosen one by one, or every row the list shows with its filters. */
export type BulkTarget = { ids: string[] } | { filter: QueryParams };

export function useRunBulkAction(list: BulkList) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ change, target }: { change: BulkChange; target: BulkTarget }) =>
      api.post(
        list === "persons" ? paths.personsBulk : paths.casesBulk,
        { ...change, ...target },
        BulkSummarySchema,
      ),
    onSuccess: () =>
      Promise.all(
        [queryRoots.persons, queryRoots.cases, queryRoots.tasks].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}
