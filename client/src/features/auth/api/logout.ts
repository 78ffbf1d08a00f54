import { useMutation, useQueryClient } from "@tanstack/react-query";
import { paths } from "../../../../../shared/api/paths.ts";
import { api } from "../../../lib/api-client.ts";
import { isApiError } from "../../../lib/api-error.ts";
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
