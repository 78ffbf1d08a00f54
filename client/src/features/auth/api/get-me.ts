import { queryOptions, useQuery } from "@tanstack/react-query";
import { api } from "#client/lib/api-client.ts";
import { paths } from "#shared/api/paths.ts";
import type { SessionUser, SignInState } from "#shared/schemas/auth.ts";

/** Loaded when an answer carries a session: the sign-in page shows (and sends) before zod arrives. */
export const signInStateSchema = () =>
  import("#shared/schemas/auth.ts").then((module) => module.SignInStateSchema);

/** The session's user, with the sign-in step still open (second factor, new password) or `nextStep: null`. */
function getMe(signal: AbortSignal): Promise<SignInState | null> {
  return api.getUnlessUnauthenticated(paths.me, signInStateSchema, { signal });
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
  if (!data || data.nextStep) throw new Error("useSessionUser needs a signed-in user");
  return data;
}
