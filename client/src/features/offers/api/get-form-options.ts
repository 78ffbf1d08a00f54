import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import { CompanyPageSchema } from "#shared/schemas/company.ts";
import { ProgrammeListSchema } from "#shared/schemas/programme.ts";

const COMPANY_OPTIONS_LIMIT = 200;

export const offerFormQueries = {
  companies: () =>
    queryOptions({
      queryKey: [...queryRoots.companies, "options"] as const,
      queryFn: ({ signal }) =>
        api.get(paths.companies, CompanyPageSchema, { signal, query: { limit: COMPANY_OPTIONS_LIMIT } }),
      select: (page) => page.items,
    }),
  programmes: () =>
    queryOptions({
      queryKey: [...queryRoots.programmes, "list"] as const,
      queryFn: ({ signal }) => api.get(paths.programmes, ProgrammeListSchema, { signal }),
      select: (list) => list.items,
    }),
};

export function useCompanyOptions() {
  return useQuery(offerFormQueries.companies());
}

export function useProgrammeOptions() {
  return useQuery(offerFormQueries.programmes());
}
