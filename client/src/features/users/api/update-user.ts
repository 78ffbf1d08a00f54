import { type InfiniteData, useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { staleRecordOf } from "#client/lib/conflict.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import type { Page } from "#shared/api/pagination.ts";
import { paths } from "#shared/api/paths.ts";
import { type User, UserSchema, type UserUpdate } from "#shared/schemas/user.ts";
import { userQueries } from "./get-users.ts";

type UpdateUserInput = { id: string; changes: UserUpdate };

function replaceUser(data: InfiniteData<Page<User>> | undefined, user: User) {
  if (!data) return data;
  const pages = data.pages.map((page) => ({
    ...page,
    items: page.items.map((item) => (item.id === user.id ? user : item)),
  }));
  return { ...data, pages };
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  const storeUser = (user: User) =>
    queryClient.setQueriesData<InfiniteData<Page<User>>>({ queryKey: userQueries.lists() }, (data) =>
      replaceUser(data, user),
    );
  return useMutation({
    mutationFn: ({ id, changes }: UpdateUserInput) => api.patch(paths.user(id), changes, UserSchema),
    onSuccess: (user) => {
      storeUser(user);
      void queryClient.invalidateQueries({ queryKey: queryRoots.caseworkers });
    },
    onError: (error) => {
      const current = staleRecordOf(error, UserSchema);
      if (current) storeUser(current);
    },
  });
}
