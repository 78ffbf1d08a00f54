import { useQueries } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import { PersonSchema } from "#shared/schemas/person.ts";

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
