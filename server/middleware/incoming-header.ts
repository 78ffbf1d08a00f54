import type { IncomingMessage, ServerResponse } from "node:http";
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

/**
 * Sets a header every answer carries straight on Node's ServerResponse when there is one. Through `c.header()`
 * Hono keeps a fetch `Headers` object per request, which @hono/node-server then converts header by header; an
 * answer with only its content type takes the plain fast path instead. Node merges the two, and a header the
 * handler sets itself (`c.header`, a Response's headers) wins, as it does with `c.header` alone.
 */
export function presetHeader(c: Context, name: string, value: string): void {
  const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
  if (outgoing && !outgoing.headersSent) outgoing.setHeader(name, value);
  else c.header(name, value);
}
