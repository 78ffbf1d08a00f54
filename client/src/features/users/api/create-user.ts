import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { queryRoots } from "#client/lib/query-roots.ts";
import { paths } from "#shared/api/paths.ts";
import { type UserCreate, UserSchema } from "#shared/schemas/user.ts";
import { userQueries } from "./get-users.ts";

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (user: UserCreate) => api.post(paths.users, user, UserSchema),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryRoots.caseworkers });
      return queryClient.invalidateQueries({ queryKey: userQueries.all });
    },
  });
}
