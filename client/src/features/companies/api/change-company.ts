import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { staleRecordOf } from "#client/lib/conflict.ts";
import { paths } from "#shared/api/paths.ts";
import {
  type Company,
  type CompanyCreate,
  CompanySchema,
  type CompanyUpdate,
} from "#shared/schemas/company.ts";
import { companyQueries } from "./get-companies.ts";

function useStoreCompany() {
  const queryClient = useQueryClient();
  return (company: Company) => {
    queryClient.setQueryData(companyQueries.detail(company.id).queryKey, company);
    void queryClient.invalidateQueries({ queryKey: companyQueries.lists() });
  };
}

export function useCreateCompany() {
  const store = useStoreCompany();
  return useMutation({
    mutationFn: (company: CompanyCreate) => api.post(paths.companies, company, CompanySchema),
    onSuccess: store,
  });
}

type UpdateCompanyInput = { id: string; changes: CompanyUpdate };

export function useUpdateCompany() {
  const store = useStoreCompany();
  return useMutation({
    mutationFn: ({ id, changes }: UpdateCompanyInput) => api.patch(paths.company(id), changes, CompanySchema),
    onSuccess: store,
    onError: (error) => {
      const current = staleRecordOf(error, CompanySchema);
      if (current) store(current);
    },
  });
}
