import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { cursorListQuery } from "#client/lib/cursor-list-query.ts";
import { paths } from "#shared/api/paths.ts";
import { UserPageSchema } from "#shared/schemas/user.ts";
import type { UserFilters } from "../utils/user-filters.ts";

export const userQueries = {
  all: ["users"] as const,
  lists: () => [...userQueries.all, "list"] as const,
  list: (filters: UserFilters) =>
    cursorListQuery([...userQueries.lists(), filters] as const, paths.users, UserPageSchema, filters),
};

export function useUsers(filters: UserFilters) {
  return useInfiniteQuery({ ...userQueries.list(filters), placeholderData: keepPreviousData });
}
