import { Hono } from "hono";
import type { RouterRoute } from "hono/types";
import type { AppEnv } from "../app-env.ts";
import { permit } from "../middleware/permissions.ts";
import { buildOpenApiDocument, type OpenApiDocument } from "./document.ts";
import { referencePage, referenceStyles } from "./reference-page.ts";
import { registeredRoutes } from "./registered-routes.ts";

/** `routesOf` is read on the first request, when the whole app has been registered. */
export function openApiRoutes(routesOf: () => readonly RouterRoute[]) {
  let document: OpenApiDocument | undefined;
  let page: string | undefined;
  const documentOf = () => {
    document ??= buildOpenApiDocument(registeredRoutes(routesOf()));
    return document;
  };
  return new Hono<AppEnv>()
    .get("/openapi.json", permit("public"), (c) => c.json(documentOf()))
    .get("/docs", permit("public"), (c) => {
      page ??= referencePage(documentOf());
      return c.html(page);
    })
    .get("/docs.css", permit("public"), (c) => c.body(referenceStyles, 200, { "content-type": "text/css" }));
}
