import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import { LanguageOverviewSchema } from "#shared/schemas/language.ts";

/** Under the persons root, so any person change (and ours) refreshes it together with the person. */
export const languageQueries = {
  overview: (personId: string) =>
    queryOptions({
      queryKey: [...queryRoots.persons, "language", personId] as const,
      queryFn: ({ signal }) => api.get(paths.personLanguage(personId), LanguageOverviewSchema, { signal }),
    }),
};

export function useLanguageOverview(personId: string) {
  return useQuery(languageQueries.overview(personId));
}
