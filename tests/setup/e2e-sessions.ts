import { currentStep } from "../../server/modules/second-factor/totp.ts";
import { DEMO_PASSWORD, demoSecondFactorSecrets } from "../../server/seed/demo-accounts.ts";
import { freshCode } from "./second-factor.ts";

export type DemoSessions = { cookies: Record<string, string>; steps: Record<string, number> };

const cookieOf = (response: Response) =>
  response.headers.get("set-cookie")?.match(/ankommen_session=([^;]+)/)?.[1] ?? null;

/**
 * Signs every demo admin and advisor in once, code step included, for the whole browser suite: replay
 * protection accepts a code once per 30 s, and the files sign in as the same accounts one after another.
 */
export async function signInDemoStaff(baseUrl: string): Promise<DemoSessions> {
  const sessions: DemoSessions = { cookies: {}, steps: {} };
  const post = (path: string, body: unknown, cookie?: string) =>
    fetch(`${baseUrl}${path}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: baseUrl,
        ...(cookie && { cookie: `ankommen_session=${cookie}` }),
      },
      body: JSON.stringify(body),
    });
  for (const email of Object.keys(demoSecondFactorSecrets)) {
    const login = await post("/api/auth/login", { email, password: DEMO_PASSWORD });
    const pending = cookieOf(login);
    if (!login.ok || !pending) throw new Error(`demo sign-in of ${email} failed: ${login.status}`);
    const coded = await post("/api/auth/second-factor", { code: await freshCode(email) }, pending);
    const cookie = cookieOf(coded);
    if (!coded.ok || !cookie) throw new Error(`demo second factor of ${email} failed: ${coded.status}`);
    sessions.cookies[email] = cookie;
    // At most the current step was spent; later code sign-ins start after it.
    sessions.steps[email] = currentStep();
  }
  return sessions;
}
