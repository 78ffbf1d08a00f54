import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { isApiError } from "#client/lib/api-error.ts";
import { paths } from "#shared/api/paths.ts";
import { authQueries } from "./get-me.ts";

async function logout(): Promise<void> {
  try {
    await api.post(paths.logout, {});
  } catch (error) {
    if (!isApiError(error, "unauthenticated")) throw error;
  }
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => queryClient.setQueryData(authQueries.me().queryKey, null),
  });
}
