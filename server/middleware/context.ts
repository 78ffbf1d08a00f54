import type { Context } from "hono";
import type { Actor, ActorContext, AppEnv, RequestContext } from "../app-env.ts";
import { clientAddress, type ProxyTrust } from "../lib/client-address.ts";
import { unauthenticated } from "../lib/errors.ts";
import { incomingHeader } from "./incoming-header.ts";

/** The address sign-in throttling, sessions and the audit log attribute a request to (decision 0016). */
export function clientIp(c: Context<AppEnv>, trustProxy: ProxyTrust | null): string | null {
  const peer = c.env?.incoming?.socket?.remoteAddress;
  return clientAddress(
    peer,
    trustProxy && peer ? incomingHeader(c, "x-forwarded-for") : undefined,
    trustProxy,
  );
}

export function actorOf(c: Context<AppEnv>): Actor {
  const user = c.get("user");
  if (!user) throw unauthenticated();
  return { ...user, scope: c.get("scope") };
}

export function requestContext(c: Context<AppEnv>, trustProxy: ProxyTrust | null): RequestContext {
  const user = c.get("user");
  return {
    actor: user ? { ...user, scope: c.get("scope") } : null,
    requestId: c.get("requestId"),
    ip: clientIp(c, trustProxy),
  };
}

export function actorContext(c: Context<AppEnv>, trustProxy: ProxyTrust | null): ActorContext {
  const context = { ...requestContext(c, trustProxy), actor: actorOf(c) };
  const readAudit = c.get("readAudit");
  return { ...context, recordRead: (event) => readAudit.record(context, event) };
}
