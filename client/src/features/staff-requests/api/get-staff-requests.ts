import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import { StaffRequestListSchema } from "#shared/schemas/staff-request.ts";

export const staffRequestQueries = {
  all: ["staff-requests"] as const,
  list: () =>
    queryOptions({
      queryKey: [...staffRequestQueries.all, "list"] as const,
      queryFn: ({ signal }) => api.get(paths.staffRequests, StaffRequestListSchema, { signal }),
      select: (list) => list.items,
    }),
};

export function useStaffRequests() {
  return useQuery(staffRequestQueries.list());
}
