import { declaredPermission, type RouteAccess } from "../../server/middleware/permissions.ts";
import { type DeclaredSchema, declaredSchema } from "../../server/middleware/validate.ts";
import type { TestApp } from "./test-app.ts";

export type RegisteredRoute = {
  method: string;
  path: string;
  access: RouteAccess | undefined;
  /** The Zod schemas its validators declared (jsonBody, queryParams, pathParams). */
  schemas: Partial<Record<DeclaredSchema["target"], DeclaredSchema["schema"]>>;
};

/** Every API endpoint the app registered, with the access its permit(...) declared (undefined if none). */
export function apiRoutes(app: TestApp): RegisteredRoute[] {
  const byKey = new Map<string, RegisteredRoute>();
  for (const route of app.routes) {
    if (route.method === "ALL" || !route.path.startsWith("/api/")) continue;
    const key = `${route.method} ${route.path}`;
    const entry = byKey.get(key) ?? {
      method: route.method,
      path: route.path,
      access: undefined,
      schemas: {},
    };
    const access = (route.handler as unknown as Record<symbol, RouteAccess | undefined>)[declaredPermission];
    if (access) entry.access = access;
    const schema = (route.handler as unknown as Record<symbol, DeclaredSchema | undefined>)[declaredSchema];
    if (schema) entry.schemas[schema.target] = schema.schema;
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}

export const concretePath = (path: string) =>
  path.replace(/:[a-zA-Z]+/g, "01000000-0000-7000-8000-000000000000");
