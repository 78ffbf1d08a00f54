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
  /** Upload routes (spreadsheet imports) that take `multipart/form-data` as well; the origin rule still applies. */
  uploadPaths: ReadonlySet<string> = new Set(),
) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (safeMethods.has(c.req.method)) return next();
    const contentType = c.req.header("content-type") ?? "";
    const upload = uploadPaths.has(c.req.path) && /^multipart\/form-data\s*;/i.test(contentType);
    if (!upload && !/^application\/json\s*(;|$)/i.test(contentType)) {
      throw new ApiError("unsupported_media_type", "Anfragen müssen als application/json gesendet werden");
    }
    const origin = c.req.header("origin");
    const ownOrigin = publicOrigin ?? new URL(c.req.url).origin;
    if (!origin || origin !== ownOrigin) throw forbidden("Anfrage von fremder Herkunft abgelehnt");
    await next();
  });
}
