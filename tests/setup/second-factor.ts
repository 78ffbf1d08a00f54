import { codeAt, currentStep } from "#server/modules/second-factor/totp.ts";
import { demoSecondFactorSecrets } from "#server/seed/demo-accounts.ts";

const secrets = new Map<string, string>(Object.entries(demoSecondFactorSecrets));
const lastSteps = new Map<string, number>();
const recoveryCodes = new Map<string, string[]>();
const STEP_MS = 30_000;
/** A request sent this close to the end of a step may arrive in the next one, where the step before is no longer accepted. */
const STEP_END_MARGIN_MS = 5_000;

/** The oldest step the server still accepts when the code arrives: the one before the current, unless the current ends soon. */
function oldestSafeStep(): number {
  const step = currentStep();
  return Date.now() - step * STEP_MS > STEP_MS - STEP_END_MARGIN_MS ? step : step - 1;
}

export const rememberSecret = (email: string, secret: string) => secrets.set(email.toLowerCase(), secret);
export const secretOf = (email: string) => secrets.get(email.toLowerCase());
export const rememberRecoveryCodes = (email: string, codes: string[]) =>
  recoveryCodes.set(email.toLowerCase(), [...codes]);

/**
 * A code the server has not seen for this account yet: replay protection accepts each 30 s step
 * once, and the one-step clock tolerance lets a second sign-in in the same window use the next step.
 * Further ones spend a recovery code of an account enrolled by the helper, else wait for the next window.
 */
export async function freshCode(email: string): Promise<string> {
  const secret = secretOf(email);
  if (!secret) throw new Error(`no second-factor secret known for ${email}`);
  const key = email.toLowerCase();
  let step = Math.max(oldestSafeStep(), (lastSteps.get(key) ?? -1) + 1);
  const spare = step > currentStep() + 1 ? recoveryCodes.get(key)?.shift() : undefined;
  if (spare) return spare;
  while (step > currentStep() + 1) {
    await new Promise((resolve) => setTimeout(resolve, (currentStep() + 1) * STEP_MS - Date.now() + 50));
    step = Math.max(oldestSafeStep(), (lastSteps.get(key) ?? -1) + 1);
  }
  lastSteps.set(key, step);
  return codeAt(secret, step * STEP_MS + 1000);
}

/** Steps another process (the browser suite's global setup) already spent for an account. */
export function noteUsedStep(email: string, step: number) {
  const key = email.toLowerCase();
  lastSteps.set(key, Math.max(lastSteps.get(key) ?? -1, step));
}
