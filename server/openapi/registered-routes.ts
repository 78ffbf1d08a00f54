import type { RouterRoute } from "hono/types";
import { declaredPermission, type RouteAccess } from "../middleware/permissions.ts";
import { type DeclaredSchema, declaredSchema } from "../middleware/validate.ts";

export type RegisteredRoute = {
  method: string;
  path: string;
  access: RouteAccess | undefined;
  /** The Zod schemas its validators declared (jsonBody, queryParams, pathParams). */
  schemas: Partial<Record<DeclaredSchema["target"], DeclaredSchema["schema"]>>;
};

const tagOf = <T>(handler: unknown, tag: symbol) => (handler as Record<symbol, T | undefined>)[tag];

/** Every API endpoint of the app, with the access its permit(...) declared and its validators' schemas. */
export function registeredRoutes(routes: readonly RouterRoute[]): RegisteredRoute[] {
  const byKey = new Map<string, RegisteredRoute>();
  for (const route of routes) {
    if (route.method === "ALL" || !route.path.startsWith("/api/")) continue;
    const key = `${route.method} ${route.path}`;
    const entry = byKey.get(key) ?? {
      method: route.method,
      path: route.path,
      access: undefined,
      schemas: {},
    };
    const access = tagOf<RouteAccess>(route.handler, declaredPermission);
    if (access) entry.access = access;
    const schema = tagOf<DeclaredSchema>(route.handler, declaredSchema);
    if (schema) entry.schemas[schema.target] = schema.schema;
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}
