import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import { type InquiryCreate, InquirySchema, type InquiryUpdate } from "#shared/schemas/inquiry.ts";
import { companyQueries } from "./get-companies.ts";
import { inquiryQueries } from "./get-inquiries.ts";

function useRefreshInquiries(companyId: string) {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: inquiryQueries.ofCompany(companyId).queryKey });
    void queryClient.invalidateQueries({ queryKey: companyQueries.detail(companyId).queryKey });
  };
}

export function useCreateInquiry(companyId: string) {
  const refresh = useRefreshInquiries(companyId);
  return useMutation({
    mutationFn: (inquiry: InquiryCreate) =>
      api.post(paths.inquiries, { ...inquiry, companyId }, InquirySchema),
    onSuccess: refresh,
  });
}

type UpdateInquiryInput = { id: string; changes: InquiryUpdate };

export function useUpdateInquiry(companyId: string) {
  const refresh = useRefreshInquiries(companyId);
  return useMutation({
    mutationFn: ({ id, changes }: UpdateInquiryInput) => api.patch(paths.inquiry(id), changes, InquirySchema),
    onSettled: refresh,
  });
}
