import { say } from "#shared/api/issue-messages.ts";
import { handlesPersonData } from "#shared/auth/permissions.ts";
import type { ChangeOwnPassword, LoginRequest, SignInState, SignInStep } from "#shared/schemas/auth.ts";
import type { ActorContext, RequestContext } from "../../app-env.ts";
import type { Config } from "../../config.ts";
import type { Db } from "../../db/database.ts";
import { ApiError, conflict, fieldError } from "../../lib/errors.ts";
import { burnPasswordCheck, hashPassword, verifyPassword } from "../../lib/passwords.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { endAllSessionsOf, endSession, resolveSession, startSession } from "../sessions/sessions.service.ts";
import {
  assertNotThrottled,
  clearAccountThrottle,
  recordFailedLogin,
  throttleKeys,
} from "../sessions/throttle.service.ts";
import { findCredentialsByEmail, markLogin } from "../users/users.cross-centre.ts";
import * as users from "../users/users.service.ts";

const invalidCredentials = () => new ApiError("unauthenticated", "E-Mail oder Passwort ist falsch");

type LoginInput = {
  credentials: LoginRequest;
  previousSessionId: string | null;
  userAgent: string | null;
};

export async function login(
  db: Db,
  config: Config,
  context: RequestContext,
  { credentials, previousSessionId, userAgent }: LoginInput,
): Promise<{ token: string; state: SignInState }> {
  const keys = throttleKeys(credentials.email, context.ip);
  await assertNotThrottled(db, keys);
  const account = await findCredentialsByEmail(db, credentials.email);
  const passwordOk = account
    ? await verifyPassword(account.password_hash, credentials.password)
    : await burnPasswordCheck(credentials.password);
  if (!account || !passwordOk || account.active !== 1) {
    await db.transaction().execute(async (trx) => {
      await recordFailedLogin(trx, keys);
      await recordAudit(trx, context, {
        action: "auth.login_failed",
        entity: "user",
        entityId: account?.id ?? null,
        centreId: account?.centre_id ?? null,
        subject: { id: account?.id ?? null, email: credentials.email, role: account?.role ?? null },
      });
    });
    throw invalidCredentials();
  }
  const token = await db.transaction().execute(async (trx) => {
    if (previousSessionId) await endSession(trx, previousSessionId);
    await clearAccountThrottle(trx, keys);
    await markLogin(trx, account.id, nowIso());
    const secondFactorPending = needsSecondFactor(account.role, account.second_factor_required);
    const started = await startSession(trx, config, account.id, {
      ip: context.ip,
      userAgent,
      secondFactorPending,
    });
    await recordAudit(trx, context, {
      action: "auth.login",
      entity: "user",
      entityId: account.id,
      centreId: account.centre_id,
      subject: { id: account.id, email: account.email, role: account.role },
      ...(secondFactorPending && { details: { secondFactor: "pending" } }),
    });
    return started;
  });
  return { token, state: await signInStateOf(db, config, token) };
}

/** Admins and advisors read and grant access to person data; their centre may switch the factor off. */
export const needsSecondFactor = (role: string, centreRequires: number | undefined): boolean =>
  handlesPersonData(role) && centreRequires !== 0;

export async function signInStateOf(db: Db, config: Config, token: string): Promise<SignInState> {
  const session = await resolveSession(db, config, token);
  if (!session) throw new Error("session vanished right after sign-in");
  return { ...session.user, nextStep: session.nextStep };
}

export async function logout(db: Db, context: ActorContext, sessionId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await endSession(trx, sessionId);
    await recordAudit(trx, context, { action: "auth.logout", entity: "user", entityId: context.actor.id });
  });
}

export async function changeOwnPassword(
  db: Db,
  config: Config,
  context: ActorContext & { step: SignInStep | null },
  input: ChangeOwnPassword,
  userAgent: string | null,
): Promise<string> {
  const { actor } = context;
  if (context.step && context.step !== "password-change") {
    throw conflict("sign_in_step", "Bitte zuerst den Code der Authenticator-App eingeben");
  }
  if (input.newPassword === input.currentPassword) {
    throw fieldError("newPassword", say("same_password"));
  }
  const stored = await users.findPasswordHash(db, actor.centreId, actor.id);
  if (!stored || !(await verifyPassword(stored, input.currentPassword))) {
    throw fieldError("currentPassword", say("wrong_password"));
  }
  const hash = await hashPassword(input.newPassword);
  return db.transaction().execute(async (trx) => {
    await users.setPasswordHash(trx, actor.centreId, actor.id, hash, nowIso());
    await endAllSessionsOf(trx, actor.id);
    await recordAudit(trx, context, { action: "auth.password_change", entity: "user", entityId: actor.id });
    return startSession(trx, config, actor.id, { ip: context.ip, userAgent });
  });
}
