import { queryOptions, useQuery } from "@tanstack/react-query";
import { paths } from "../../../../../shared/api/paths.ts";
import { type SessionUser, SessionUserSchema } from "../../../../../shared/schemas/auth.ts";
import { api } from "../../../lib/api-client.ts";
import { isApiError } from "../../../lib/api-error.ts";

async function getMe(signal: AbortSignal): Promise<SessionUser | null> {
  try {
    return await api.get(paths.me, SessionUserSchema, { signal });
  } catch (error) {
    if (isApiError(error, "unauthenticated")) return null;
    throw error;
  }
}

export const authQueries = {
  all: ["auth"] as const,
  me: () =>
    queryOptions({
      queryKey: [...authQueries.all, "me"] as const,
      queryFn: ({ signal }) => getMe(signal),
      staleTime: Number.POSITIVE_INFINITY,
    }),
};

export function useMe() {
  return useQuery(authQueries.me());
}

export function useSessionUser(): SessionUser {
  const { data } = useMe();
  if (!data) throw new Error("useSessionUser needs a signed-in user");
  return data;
}
