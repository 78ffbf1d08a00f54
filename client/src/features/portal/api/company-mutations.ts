import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { staleRecordOf } from "#client/lib/conflict.ts";
import { paths } from "#shared/api/paths.ts";
import { type CompanyProfile, CompanyProfileSchema, type CompanyUpdate } from "#shared/schemas/company.ts";
import { portalQueries } from "./portal-queries.ts";

export function useUpdateCompany(id: string) {
  const queryClient = useQueryClient();
  const store = (company: CompanyProfile) =>
    queryClient.setQueryData(portalQueries.company(company.id).queryKey, company);
  return useMutation({
    mutationFn: (changes: CompanyUpdate) => api.patch(paths.company(id), changes, CompanyProfileSchema),
    onSuccess: store,
    onError: (error) => {
      const current = staleRecordOf(error, CompanyProfileSchema);
      if (current) store(current);
    },
  });
}
