import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../app-env.ts";
import type { Logger } from "../lib/logger.ts";

export function accessLog(logger: Logger) {
  if (!logger.enabled("info")) return createMiddleware<AppEnv>((_c, next) => next());
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now();
    await next();
    logger.info("request", {
      requestId: c.get("requestId"),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      userId: c.get("user")?.id,
    });
  });
}
