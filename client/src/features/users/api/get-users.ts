import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { paths } from "../../../../../shared/api/paths.ts";
import { UserPageSchema } from "../../../../../shared/schemas/user.ts";
import { api } from "../../../lib/api-client.ts";
import type { UserFilters } from "../utils/user-filters.ts";

const PAGE_SIZE = 50;

export const userQueries = {
  all: ["users"] as const,
  lists: () => [...userQueries.all, "list"] as const,
  list: (filters: UserFilters) =>
    infiniteQueryOptions({
      queryKey: [...userQueries.lists(), filters] as const,
      queryFn: ({ pageParam, signal }) =>
        api.get(paths.users, UserPageSchema, {
          signal,
          query: { ...filters, cursor: pageParam, limit: PAGE_SIZE },
        }),
      initialPageParam: null as string | null,
      getNextPageParam: (page) => page.nextCursor,
    }),
};

export function useUsers(filters: UserFilters) {
  return useInfiniteQuery({ ...userQueries.list(filters), placeholderData: keepPreviousData });
}
