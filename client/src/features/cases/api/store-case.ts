import { type QueryClient, useQueryClient } from "@tanstack/react-query";
import { queryRoots } from "#client/lib/query-roots.ts";
import type { Case } from "#shared/schemas/case.ts";
import { caseQueries } from "./get-cases.ts";

/** A case change shows in its lists, its person's header and the advisor's day. */
export function storeCase(queryClient: QueryClient, saved: Case) {
  queryClient.setQueryData(caseQueries.detail(saved.id).queryKey, saved);
  void queryClient.invalidateQueries({ queryKey: caseQueries.lists() });
  void queryClient.invalidateQueries({ queryKey: caseQueries.ofPerson(saved.personId).queryKey });
  void queryClient.invalidateQueries({ queryKey: queryRoots.persons });
  void queryClient.invalidateQueries({ queryKey: queryRoots.tasks });
}

export function useStoreCase() {
  const queryClient = useQueryClient();
  return (saved: Case) => storeCase(queryClient, saved);
}
