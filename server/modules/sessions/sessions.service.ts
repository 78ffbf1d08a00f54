import { RoleSchema } from "#shared/auth/roles.ts";
import type { SessionUser, SignInStep } from "#shared/schemas/auth.ts";
import type { Config } from "../../config.ts";
import type { DbOrTx } from "../../db/database.ts";
import { addMs, nowIso } from "../../lib/time.ts";
import { newSessionToken, sessionIdOf } from "./session-token.ts";
import { findSessionWithUser } from "./sessions.cross-centre.ts";
import * as sessions from "./sessions.repository.ts";

const TOUCH_INTERVAL_MS = 60_000;

type SessionConfig = Pick<Config, "sessionSecret" | "sessionIdleMs" | "sessionAbsoluteMs">;

export async function startSession(
  db: DbOrTx,
  config: SessionConfig,
  userId: string,
  client: { ip: string | null; userAgent: string | null; secondFactorPending?: boolean },
): Promise<string> {
  const token = newSessionToken();
  const now = nowIso();
  await sessions.insertSession(db, {
    id: sessionIdOf(token, config.sessionSecret),
    user_id: userId,
    created_at: now,
    last_seen_at: now,
    idle_expires_at: addMs(now, config.sessionIdleMs),
    absolute_expires_at: addMs(now, config.sessionAbsoluteMs),
    ip: client.ip,
    user_agent: client.userAgent?.slice(0, 300) ?? null,
    second_factor_pending: client.secondFactorPending ? 1 : 0,
  });
  return token;
}

export async function resolveSession(
  db: DbOrTx,
  config: SessionConfig,
  token: string,
): Promise<{ sessionId: string; user: SessionUser; nextStep: SignInStep | null } | null> {
  const sessionId = sessionIdOf(token, config.sessionSecret);
  const row = await findSessionWithUser(db, sessionId);
  if (!row) return null;
  const now = nowIso();
  if (row.idleExpiresAt <= now || row.absoluteExpiresAt <= now || !row.active) {
    await sessions.deleteSession(db, sessionId);
    return null;
  }
  if (Date.parse(now) - Date.parse(row.lastSeenAt) > TOUCH_INTERVAL_MS) {
    await sessions.touchSession(db, sessionId, now, addMs(now, config.sessionIdleMs));
  }
  return {
    sessionId,
    nextStep: row.secondFactorPending
      ? row.enrolled
        ? "second-factor"
        : "enrolment"
      : row.passwordChangeRequired
        ? "password-change"
        : null,
    user: {
      id: row.id,
      email: row.email,
      name: row.name,
      role: RoleSchema.parse(row.role),
      centreId: row.centreId,
      centreName: row.centreName,
      companyId: row.companyId,
      companyName: row.companyName,
    },
  };
}

export const endSession = (db: DbOrTx, sessionId: string) => sessions.deleteSession(db, sessionId);
export const endAllSessionsOf = (db: DbOrTx, userId: string) => sessions.deleteSessionsOfUser(db, userId);

/** Hourly upkeep: sessions are otherwise removed only when someone presents them after expiry. */
export const purgeExpiredSessions = (db: DbOrTx) => sessions.deleteExpiredSessions(db, nowIso());
