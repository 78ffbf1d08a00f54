import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import { PersonExportSchema } from "#shared/schemas/person-export.ts";

/** Every fetch is an audited export: fetched once per visit, never again in the background. */
export const personExportQueries = {
  detail: (personId: string) =>
    queryOptions({
      queryKey: ["person-export", personId] as const,
      queryFn: ({ signal }) => api.get(paths.personExport(personId), PersonExportSchema, { signal }),
      staleTime: Number.POSITIVE_INFINITY,
      gcTime: 0,
      refetchOnWindowFocus: false,
      refetchOnReconnect: false,
    }),
};

export function usePersonExport(personId: string) {
  return useQuery(personExportQueries.detail(personId));
}
