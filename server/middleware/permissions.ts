import { createMiddleware } from "hono/factory";
import type { Permission } from "#shared/auth/permissions.ts";
import { scopeOf } from "#shared/auth/permissions.ts";
import type { AppEnv } from "../app-env.ts";
import { forbidden, unauthenticated } from "../lib/errors.ts";

export const declaredPermission = Symbol("declaredPermission");
/** `signing-in`: a full session or one with a sign-in step left (second factor, new password). */
export type RouteAccess = Permission | "public" | "signed-in" | "signing-in";

/** Every API route declares its access with exactly one `permit(...)`; a test walks the routes to enforce it. */
export function permit(access: RouteAccess) {
  const middleware = createMiddleware<AppEnv>(async (c, next) => {
    if (access === "public") return next();
    if (access === "signing-in") {
      if (!c.get("user") && !c.get("pending")) throw unauthenticated();
      return next();
    }
    const user = c.get("user");
    if (!user) throw unauthenticated();
    if (access !== "signed-in") {
      const scope = scopeOf(user.role, access);
      if (!scope) throw forbidden();
      c.set("scope", scope);
    }
    await next();
  });
  return Object.assign(middleware, { [declaredPermission]: access });
}
