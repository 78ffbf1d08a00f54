import { currentStep } from "#server/modules/second-factor/totp.ts";
import { demoSecondFactorSecrets } from "#server/seed/demo-accounts.ts";
import { signInOverHttp } from "./http-sign-in.ts";

export type DemoSessions = { cookies: Record<string, string>; steps: Record<string, number> };

/**
 * Signs every demo admin and advisor in once, code step included, for the whole browser suite: replay
 * protection accepts a code once per 30 s, and the files sign in as the same accounts one after another.
 */
export async function signInDemoStaff(baseUrl: string): Promise<DemoSessions> {
  const sessions: DemoSessions = { cookies: {}, steps: {} };
  for (const email of Object.keys(demoSecondFactorSecrets)) {
    const cookie = await signInOverHttp(baseUrl, email);
    sessions.cookies[email] = cookie.replace(/^ankommen_session=/, "");
    // At most the current step was spent; later code sign-ins start after it.
    sessions.steps[email] = currentStep();
  }
  return sessions;
}
