import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.ts";
import type { Logger } from "../lib/logger.ts";
import { errorResponse } from "./errors.ts";

const isJson = (contentType: string | null) =>
  contentType === null || /^application\/json\b/.test(contentType);

/**
 * Fail closed: a successful API answer that is a file (an attachment, or anything but JSON) and did not pass the
 * disclosure gate (`sendFile` with a `Disclosure`) is replaced by a 500, so a new file channel that skips the gate
 * breaks its own route — and every suite that calls it — instead of leaking.
 */
export function refuseUndisclosedFiles(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (c.res.status < 200 || c.res.status >= 300 || c.res.status === 204) return;
    const file = c.res.headers.has("content-disposition") || !isJson(c.res.headers.get("content-type"));
    if (!file || c.get("disclosure")) return;
    logger.error("file answer without disclosure", { method: c.req.method, path: c.req.path });
    c.res = errorResponse(c, 500, "internal", "Diese Datei hat die Freigabeprüfung nicht durchlaufen");
  };
}
