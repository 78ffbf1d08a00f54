import type { IncomingMessage } from "node:http";
import type { Context } from "hono";

/**
 * Reads a request header straight from Node's IncomingMessage when there is one. Going through
 * `c.req.header()` makes @hono/node-server build a full fetch `Request` (with its AbortSignal) for
 * every request, which the read-only routes otherwise never need.
 */
export function incomingHeader(c: Context, name: string): string | undefined {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (!incoming) return c.req.header(name);
  const value = incoming.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(", ") : value;
}
