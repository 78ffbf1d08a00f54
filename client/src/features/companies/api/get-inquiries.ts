import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import { InquiryPageSchema } from "#shared/schemas/inquiry.ts";
import { companyQueries } from "./get-companies.ts";

const COMPANY_INQUIRIES_LIMIT = 200;

export const inquiryQueries = {
  ofCompany: (companyId: string) =>
    queryOptions({
      queryKey: [...companyQueries.all, "inquiries", companyId] as const,
      queryFn: ({ signal }) =>
        api.get(paths.inquiries, InquiryPageSchema, {
          signal,
          query: { companyId, limit: COMPANY_INQUIRIES_LIMIT },
        }),
      select: (page) => page.items,
    }),
};

export function useCompanyInquiries(companyId: string) {
  return useQuery(inquiryQueries.ofCompany(companyId));
}
