import { data, redirect } from "react-router";
import type { SessionUser, SignInState } from "#shared/schemas/auth.ts";
import { authQueries } from "../features/auth/api/get-me.ts";
import { queryClient } from "../lib/query-client.ts";
import { canVisit } from "./access.ts";

export function loadSignInState(): Promise<SignInState | null> {
  return queryClient.ensureQueryData(authQueries.me());
}

/** Only a session without a sign-in step left counts as signed in. */
export async function loadSessionUser(): Promise<SessionUser | null> {
  const state = await loadSignInState();
  return state && !state.nextStep ? state : null;
}

export const signInStepPath = (redirectTo: string | null) =>
  redirectTo ? `/login/next?${new URLSearchParams({ redirectTo })}` : "/login/next";

export function signInPath(target?: string, expired = false): string {
  const params = new URLSearchParams();
  if (target && target !== "/") params.set("redirectTo", target);
  if (expired) params.set("expired", "1");
  const search = params.toString();
  return search ? `/login?${search}` : "/login";
}

export async function requireUser(request: Request): Promise<SessionUser> {
  const state = await loadSignInState();
  const url = new URL(request.url);
  if (state?.nextStep) throw redirect(signInStepPath(url.pathname + url.search));
  if (state) return state;
  throw redirect(signInPath(url.pathname + url.search));
}

export async function requireAccess(request: Request): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!canVisit(user.role, new URL(request.url).pathname)) throw data("forbidden", { status: 403 });
  return user;
}
