import type { DbOrTx } from "../../db/database.ts";
import { ApiError } from "../../lib/errors.ts";
import { addMs, nowIso } from "../../lib/time.ts";
import * as throttle from "./throttle.repository.ts";

export const THROTTLE_WINDOW_MS = 15 * 60_000;
const MAX_DELAY_MS = 15 * 60_000;
/** Failures tolerated within the window before each further failure blocks for a doubling delay. */
const FREE_FAILURES = { account: 5, address: 10 } as const;

export type ThrottleKey = { kind: keyof typeof FREE_FAILURES; key: string };

export function throttleKeys(email: string, ip: string | null): ThrottleKey[] {
  const keys: ThrottleKey[] = [{ kind: "account", key: `account:${email.toLowerCase()}` }];
  if (ip) keys.push({ kind: "address", key: `address:${ip}` });
  return keys;
}

export function delayAfter(failures: number, freeFailures: number): number {
  if (failures < freeFailures) return 0;
  return Math.min(1000 * 2 ** (failures - freeFailures), MAX_DELAY_MS);
}

export async function assertNotThrottled(db: DbOrTx, keys: ThrottleKey[]): Promise<void> {
  const now = nowIso();
  const rows = await throttle.findThrottles(
    db,
    keys.map((entry) => entry.key),
  );
  const blockedUntil = rows
    .map((row) => row.blocked_until)
    .filter((until): until is string => until !== null && until > now)
    .sort()
    .at(-1);
  if (!blockedUntil) return;
  const seconds = Math.max(1, Math.ceil((Date.parse(blockedUntil) - Date.parse(now)) / 1000));
  throw new ApiError(
    "too_many_requests",
    `Zu viele fehlgeschlagene Anmeldeversuche. Bitte in ${seconds} Sekunden erneut versuchen.`,
    { retryAfterSeconds: seconds },
    { "Retry-After": String(seconds) },
  );
}

export async function recordFailedLogin(db: DbOrTx, keys: ThrottleKey[]): Promise<void> {
  const now = nowIso();
  const windowStart = addMs(now, -THROTTLE_WINDOW_MS);
  for (const { kind, key } of keys) {
    const failures = await throttle.countFailure(db, key, now, windowStart);
    const delay = delayAfter(failures, FREE_FAILURES[kind]);
    if (delay > 0) await throttle.blockUntil(db, key, addMs(now, delay));
  }
}

export async function clearAccountThrottle(db: DbOrTx, keys: ThrottleKey[]): Promise<void> {
  const account = keys.find((entry) => entry.kind === "account");
  if (account) await throttle.clearThrottle(db, account.key);
}

export async function purgeStaleThrottles(db: DbOrTx): Promise<void> {
  const now = nowIso();
  await throttle.deleteStaleThrottles(db, addMs(now, -THROTTLE_WINDOW_MS), now);
}
