import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import { type InquiryCreate, InquirySchema } from "#shared/schemas/inquiry.ts";
import { portalQueries } from "./portal-queries.ts";

export function useCreateInquiry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (inquiry: InquiryCreate) => api.post(paths.inquiries, inquiry, InquirySchema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: portalQueries.inquiries().queryKey }),
  });
}
