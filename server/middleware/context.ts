import type { Context } from "hono";
import type { Actor, AppEnv, RequestContext } from "../app-env.ts";
import { unauthenticated } from "../lib/errors.ts";
import type { AuditEvent } from "../modules/audit/audit.service.ts";

export function clientIp(c: Context<AppEnv>, trustProxy: boolean): string | null {
  if (trustProxy) {
    const forwarded = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded.slice(0, 100);
  }
  return c.env?.incoming?.socket?.remoteAddress ?? null;
}

export function actorOf(c: Context<AppEnv>): Actor {
  const user = c.get("user");
  if (!user) throw unauthenticated();
  return { ...user, scope: c.get("scope") };
}

export function requestContext(c: Context<AppEnv>, trustProxy: boolean): RequestContext {
  const user = c.get("user");
  return {
    actor: user ? { ...user, scope: c.get("scope") } : null,
    requestId: c.get("requestId"),
    ip: clientIp(c, trustProxy),
  };
}

export type ActorContext = RequestContext & {
  actor: Actor;
  /** Audits a read of person data (see read-audit.ts); changes use recordAudit inside their transaction. */
  recordRead: (event: AuditEvent) => Promise<void>;
};

export function actorContext(c: Context<AppEnv>, trustProxy: boolean): ActorContext {
  const context = { ...requestContext(c, trustProxy), actor: actorOf(c) };
  const readAudit = c.get("readAudit");
  return { ...context, recordRead: (event) => readAudit.record(context, event) };
}
