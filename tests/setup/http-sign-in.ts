import { DEMO_PASSWORD } from "#server/seed/demo-accounts.ts";
import { freshCode, secretOf } from "./second-factor.ts";

const sessionCookieOf = (response: Response) =>
  /ankommen_session=[^;]+/.exec(response.headers.get("set-cookie") ?? "")?.[0] ?? null;

/**
 * Signs a demo account in against a running server over HTTP, the code step included for admins and
 * advisors (their seeded secrets are known); answers the `Cookie` header value of the full session.
 */
export async function signInOverHttp(baseUrl: string, email: string, password = DEMO_PASSWORD) {
  const post = (path: string, body: unknown, cookie?: string) =>
    fetch(`${baseUrl}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: baseUrl, ...(cookie && { cookie }) },
      body: JSON.stringify(body),
    });
  const login = await post("/api/auth/login", { email, password });
  const cookie = sessionCookieOf(login);
  if (!login.ok || !cookie) throw new Error(`sign-in of ${email} answered ${login.status}`);
  const { nextStep } = (await login.json()) as { nextStep: string | null };
  if (nextStep !== "second-factor" || !secretOf(email)) return cookie;
  const coded = await post("/api/auth/second-factor", { code: await freshCode(email) }, cookie);
  const full = sessionCookieOf(coded);
  if (!coded.ok || !full) throw new Error(`second factor of ${email} answered ${coded.status}`);
  return full;
}
