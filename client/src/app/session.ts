import { data, redirect } from "react-router";
import type { SessionUser } from "../../../shared/schemas/auth.ts";
import { authQueries } from "../features/auth/api/get-me.ts";
import { queryClient } from "../lib/query-client.ts";
import { canVisit } from "./access.ts";

export function loadSessionUser(): Promise<SessionUser | null> {
  return queryClient.ensureQueryData(authQueries.me());
}

export function signInPath(target?: string, expired = false): string {
  const params = new URLSearchParams();
  if (target && target !== "/") params.set("redirectTo", target);
  if (expired) params.set("expired", "1");
  const search = params.toString();
  return search ? `/login?${search}` : "/login";
}

export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await loadSessionUser();
  if (user) return user;
  const url = new URL(request.url);
  throw redirect(signInPath(url.pathname + url.search));
}

export async function requireAccess(request: Request): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!canVisit(user.role, new URL(request.url).pathname)) throw data("forbidden", { status: 403 });
  return user;
}
