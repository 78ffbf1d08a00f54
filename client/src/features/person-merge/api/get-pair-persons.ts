import { useQueries } from "@tanstack/react-query";
import { paths } from "../../../../../shared/api/paths.ts";
import { PersonSchema } from "../../../../../shared/schemas/person.ts";
import { api } from "../../../lib/api-client.ts";
import { queryRoots } from "../../../lib/query-roots.ts";

/** Both persons of a pair with every field, read fresh: the versions sent with the merge are these. */
export function usePairPersons(ids: readonly [string, string]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: [...queryRoots.persons, "detail", id] as const,
      queryFn: ({ signal }: { signal: AbortSignal }) => api.get(paths.person(id), PersonSchema, { signal }),
      staleTime: 0,
    })),
  });
}
