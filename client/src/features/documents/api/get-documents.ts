import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import { DocumentListSchema } from "#shared/schemas/document.ts";

export const documentQueries = {
  all: [...queryRoots.persons, "documents"] as const,
  list: (personId: string) =>
    queryOptions({
      queryKey: [...documentQueries.all, personId] as const,
      queryFn: ({ signal }) => api.get(paths.personDocuments(personId), DocumentListSchema, { signal }),
      select: (list) => list.items,
    }),
};

export function useDocuments(personId: string) {
  return useQuery(documentQueries.list(personId));
}
