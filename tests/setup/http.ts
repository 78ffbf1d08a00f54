import type { IncomingMessage } from "node:http";
import { expect } from "vitest";
import { ErrorEnvelopeSchema } from "#shared/api/errors.ts";
import { contractOf } from "./contract.ts";
import { freshCode, rememberRecoveryCodes, rememberSecret } from "./second-factor.ts";
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

/** Fails the request when its answer does not keep the OpenAPI document (server/openapi). */
async function keepingContract(app: TestApp, method: string, path: string, response: Response) {
  const violation = await contractOf(app)(method, path, response);
  if (violation) throw new Error(`the response breaks the OpenAPI document: ${violation}`);
  return response;
}

/**
 * Talks to the app in-process like the browser client does: JSON, same origin, the session cookie.
 * Every answer is checked against the OpenAPI document.
 */
export function clientFor(app: TestApp, cookie: string | null = null) {
  const send = async (method: string, path: string, body?: unknown, options: Options = {}) => {
    const headers: Record<string, string> = { origin: ORIGIN, ...options.headers };
    const sessionCookie = options.cookie === undefined ? cookie : options.cookie;
    if (sessionCookie) headers.cookie = sessionCookie;
    if (method !== "GET") headers["content-type"] ??= "application/json";
    const response = await app.request(
      path,
      {
        method,
        headers,
        ...(method !== "GET" && { body: typeof body === "string" ? body : JSON.stringify(body ?? {}) }),
      },
      options.peer ? incomingFrom(options.peer, headers) : undefined,
    );
    return keepingContract(app, method, path, response);
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

/** Signs in with the password only: the session may still owe a second factor or a new password. */
export async function signInWithPassword(app: TestApp, email: string, password: string) {
  const response = await clientFor(app).post("/api/auth/login", { email, password });
  expect(response.status, `sign-in of ${email}`).toBe(200);
  const cookie = sessionCookieFrom(response);
  expect(cookie).not.toBeNull();
  const { nextStep } = (await response.json()) as { nextStep: string | null };
  return { client: clientFor(app, cookie), nextStep };
}

/** Enrols the pending session's account with the authenticator step and keeps the secret for later sign-ins. */
export async function enrol(client: Client, email: string) {
  const started = await client.post("/api/auth/second-factor/enrolment");
  expect(started.status, `enrolment of ${email}`).toBe(200);
  rememberSecret(email, ((await started.json()) as { secret: string }).secret);
  const confirmed = await client.post("/api/auth/second-factor/enrolment/confirm", {
    code: await freshCode(email),
  });
  expect(confirmed.status, `enrolment confirm of ${email}`).toBe(200);
  const body = (await confirmed.json()) as { recoveryCodes: string[] };
  rememberRecoveryCodes(email, body.recoveryCodes);
  return { cookie: sessionCookieFrom(confirmed), recoveryCodes: body.recoveryCodes };
}

/**
 * A fully signed-in session, as a user gets it: password, then (for admins and advisors) the code of
 * the authenticator app, enrolling it first when the account has none yet.
 */
export async function signIn(app: TestApp, email: string, password: string) {
  const { client, nextStep } = await signInWithPassword(app, email, password);
  if (nextStep === "enrolment") return clientFor(app, (await enrol(client, email)).cookie);
  if (nextStep !== "second-factor") return client;
  const response = await client.post("/api/auth/second-factor", { code: await freshCode(email) });
  expect(response.status, `second factor of ${email}: ${await response.clone().text()}`).toBe(200);
  return clientFor(app, sessionCookieFrom(response));
}

export async function expectError(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/application\/json/);
  const body = ErrorEnvelopeSchema.parse(await response.json());
  expect(body.error.code).toBe(code);
  return body.error;
}
