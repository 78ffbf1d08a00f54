import { queryOptions, useQuery } from "@tanstack/react-query";
import { z } from "zod";
import { api } from "#client/lib/api-client.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { pageOf } from "#shared/api/pagination.ts";
import { paths } from "#shared/api/paths.ts";
import { PersonPageSchema } from "#shared/schemas/person.ts";

/** Only what the pickers show, so changes to the full company record do not break this screen. */
const CompanyChoicePageSchema = pageOf(z.object({ id: z.string(), name: z.string() }));

export const pickerQueries = {
  persons: (q: string) =>
    queryOptions({
      queryKey: [...queryRoots.persons, "language-picker", q] as const,
      queryFn: ({ signal }) => api.get(paths.persons, PersonPageSchema, { signal, query: { q, limit: 8 } }),
      select: (page) => page.items,
      staleTime: 30_000,
    }),
  companies: () =>
    queryOptions({
      queryKey: ["companies", "language-picker"] as const,
      queryFn: ({ signal }) =>
        api.get(paths.companies, CompanyChoicePageSchema, { signal, query: { limit: 200 } }),
      select: (page) => page.items,
      staleTime: 60_000,
    }),
};

export function usePersonSearch(q: string) {
  return useQuery({ ...pickerQueries.persons(q), enabled: q.trim().length >= 2 });
}

export function useCompanyChoices() {
  return useQuery(pickerQueries.companies());
}
