import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../app-env.ts";
import { ApiError, forbidden } from "../lib/errors.ts";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Hono's csrf() only inspects form content types, so a cross-site `application/json` request would pass it.
 * Every state-changing API request must be JSON and come from the app's own origin.
 */
export function requireJsonFromOwnOrigin(
  publicOrigin: string | undefined,
  /** Routes that take multipart/form-data (document uploads); the origin check applies to them all the same. */
  takesMultipart: (method: string, path: string) => boolean = () => false,
) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (safeMethods.has(c.req.method)) return next();
    const contentType = c.req.header("content-type") ?? "";
    const multipart =
      /^multipart\/form-data\s*;/i.test(contentType) && takesMultipart(c.req.method, c.req.path);
    if (!multipart && !/^application\/json\s*(;|$)/i.test(contentType)) {
      throw new ApiError("unsupported_media_type", "Anfragen müssen als application/json gesendet werden");
    }
    const origin = c.req.header("origin");
    const ownOrigin = publicOrigin ?? new URL(c.req.url).origin;
    if (!origin || origin !== ownOrigin) throw forbidden("Anfrage von fremder Herkunft abgelehnt");
    await next();
  });
}
