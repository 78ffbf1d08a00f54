import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import type { LoginRequest } from "#shared/schemas/auth.ts";
import { authQueries, signInStateSchema } from "./get-me.ts";

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (credentials: LoginRequest) => api.post(paths.login, credentials, signInStateSchema),
    onSuccess: (user) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== authQueries.all[0] });
      queryClient.setQueryData(authQueries.me().queryKey, user);
    },
  });
}
