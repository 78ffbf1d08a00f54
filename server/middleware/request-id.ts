import { randomUUID } from "node:crypto";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../app-env.ts";
import { incomingHeader, presetHeader } from "./incoming-header.ts";

const HEADER = "X-Request-Id";
const ACCEPTED = /^[\w\-=]{1,255}$/;

/** A caller's own request id is kept when it is short and plain; otherwise each request gets one. */
export function requestId() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const offered = incomingHeader(c, HEADER);
    const id = offered && ACCEPTED.test(offered) ? offered : randomUUID();
    c.set("requestId", id);
    presetHeader(c, HEADER, id);
    await next();
  });
}
