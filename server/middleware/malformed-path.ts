import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../app-env.ts";
import { errorResponse } from "./errors.ts";

const decodes = (text: string) => {
  if (!text.includes("%")) return true;
  try {
    decodeURIComponent(text);
    return true;
  } catch {
    return false;
  }
};

/**
 * A `%` without two hex digits, or escapes that are no UTF-8 (`/%`, `/%E0%A4%A`), in the path answer 400
 * before any route or the static files decode it: the JSON envelope under /api, plain text elsewhere.
 * The query string needs no check: Hono keeps an undecodable value as it is, and the schemas judge it.
 */
export const rejectMalformedPath = createMiddleware<AppEnv>(async (c, next) => {
  const url = c.req.url;
  if (!url.includes("%")) return next();
  const pathStart = url.indexOf("/", url.indexOf("//") + 2);
  const queryStart = url.indexOf("?", pathStart);
  const path = queryStart === -1 ? url.slice(pathStart) : url.slice(pathStart, queryStart);
  if (decodes(path)) return next();
  if (path === "/api" || path.startsWith("/api/"))
    return errorResponse(
      c,
      400,
      "bad_request",
      "Der Pfad der Anfrage ist fehlerhaft kodiert (Prozent-Kodierung)",
    );
  return c.text("Ungültige Adresse (fehlerhafte Prozent-Kodierung)", 400);
});
