import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import { UserPageSchema } from "#shared/schemas/user.ts";
import { userQueries } from "./get-users.ts";

export type UserOption = { id: string; name: string; email: string };

const MAX_OPTIONS = 200;

export const userOptionQueries = {
  options: () =>
    queryOptions({
      queryKey: [...userQueries.all, "options"] as const,
      queryFn: ({ signal }) =>
        api.get(paths.users, UserPageSchema, { signal, query: { limit: MAX_OPTIONS } }),
      select: (page): UserOption[] =>
        page.items
          .map(({ id, name, email }) => ({ id, name, email }))
          .sort((a, b) => a.name.localeCompare(b.name, "de")),
    }),
};

export function useUserOptions() {
  return useQuery(userOptionQueries.options());
}
