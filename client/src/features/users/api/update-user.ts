import { type InfiniteData, useMutation, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import type { Page } from "../../../../../shared/api/pagination.ts";
import { paths } from "../../../../../shared/api/paths.ts";
import { type User, UserSchema, type UserUpdate } from "../../../../../shared/schemas/user.ts";
import { api } from "../../../lib/api-client.ts";
import { isApiError } from "../../../lib/api-error.ts";
import { userQueries } from "./get-users.ts";

type UpdateUserInput = { id: string; changes: UserUpdate };

const ConflictDetailsSchema = z.object({ current: UserSchema });

export function conflictingUser(error: unknown): User | null {
  if (!isApiError(error, "conflict")) return null;
  const parsed = ConflictDetailsSchema.safeParse(error.details);
  return parsed.success ? parsed.data.current : null;
}

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
    onSuccess: storeUser,
    onError: (error) => {
      const current = conflictingUser(error);
      if (current) storeUser(current);
    },
  });
}
