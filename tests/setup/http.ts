import type { IncomingMessage } from "node:http";
import { expect } from "vitest";
import { ErrorEnvelopeSchema } from "../../shared/api/errors.ts";
import { ORIGIN, type TestApp } from "./test-app.ts";

/** `peer`: the socket address the request comes from, as Node's server would report it. */
type Options = { headers?: Record<string, string>; cookie?: string | null; peer?: string };

/** What @hono/node-server hands the app as `c.env.incoming`, with just the parts the app reads. */
function incomingFrom(peer: string, headers: Record<string, string>) {
  const lowerCased = Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  return { incoming: { socket: { remoteAddress: peer }, headers: lowerCased } as unknown as IncomingMessage };
}

export type Client = ReturnType<typeof clientFor>;

/** Talks to the app in-process like the browser client does: JSON, same origin, the session cookie. */
export function clientFor(app: TestApp, cookie: string | null = null) {
  const send = (method: string, path: string, body?: unknown, options: Options = {}) => {
    const headers: Record<string, string> = { origin: ORIGIN, ...options.headers };
    const sessionCookie = options.cookie === undefined ? cookie : options.cookie;
    if (sessionCookie) headers.cookie = sessionCookie;
    if (method !== "GET") headers["content-type"] ??= "application/json";
    return app.request(
      path,
      {
        method,
        headers,
        ...(method !== "GET" && { body: typeof body === "string" ? body : JSON.stringify(body ?? {}) }),
      },
      options.peer ? incomingFrom(options.peer, headers) : undefined,
    );
  };
  return {
    cookie,
    get: (path: string, options?: Options) => send("GET", path, undefined, options),
    post: (path: string, body?: unknown, options?: Options) => send("POST", path, body, options),
    patch: (path: string, body?: unknown, options?: Options) => send("PATCH", path, body, options),
    put: (path: string, body?: unknown, options?: Options) => send("PUT", path, body, options),
    delete: (path: string, options?: Options) => send("DELETE", path, undefined, options),
  };
}

export function sessionCookieFrom(response: Response): string | null {
  const header = response.headers.get("set-cookie");
  const match = header?.match(/((?:__Host-)?ankommen_session=[^;]+)/);
  return match?.[1] ?? null;
}

export async function signIn(app: TestApp, email: string, password: string) {
  const response = await clientFor(app).post("/api/auth/login", { email, password });
  expect(response.status, `sign-in of ${email}`).toBe(200);
  const cookie = sessionCookieFrom(response);
  expect(cookie).not.toBeNull();
  return clientFor(app, cookie);
}

export async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/application\/json/);
  const body = ErrorEnvelopeSchema.parse(await response.json());
  expect(body.error.code).toBe(code);
  return body.error;
}
