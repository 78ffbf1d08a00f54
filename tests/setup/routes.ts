import { type RegisteredRoute, registeredRoutes } from "#server/openapi/registered-routes.ts";
import type { TestApp } from "./test-app.ts";

export type { RegisteredRoute };

/** Every API endpoint the app registered, with the access its permit(...) declared (undefined if none). */
export const apiRoutes = (app: TestApp): RegisteredRoute[] => registeredRoutes(app.routes);

export const concretePath = (path: string) =>
  path.replace(/:[a-zA-Z]+/g, "01000000-0000-7000-8000-000000000000");
