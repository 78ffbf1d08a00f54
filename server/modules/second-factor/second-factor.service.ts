import { say } from "#shared/api/issue-messages.ts";
import type { Enrolment, SessionUser, SignInStep } from "#shared/schemas/auth.ts";
import type { RequestContext } from "../../app-env.ts";
import type { Config } from "../../config.ts";
import type { Db, DbOrTx } from "../../db/database.ts";
import { conflict, fieldError } from "../../lib/errors.ts";
import { nowIso } from "../../lib/time.ts";
import { recordAudit } from "../audit/audit.service.ts";
import { endSession, startSession } from "../sessions/sessions.service.ts";
import {
  assertNotThrottled,
  clearAccountThrottle,
  recordFailedLogin,
  throttleKeys,
} from "../sessions/throttle.service.ts";
import * as secondFactor from "./second-factor.cross-centre.ts";
import {
  isRecoveryCodeShape,
  newRecoveryCodes,
  newTotpSecret,
  otpauthUri,
  qrSvgOf,
  recoveryCodeHash,
  stepOfCode,
} from "./totp.ts";

export type PendingSignIn = {
  user: SessionUser;
  step: SignInStep;
  sessionId: string;
  userAgent: string | null;
};

const wrongCode = () => fieldError("code", say("wrong_code"));

function requireStep(pending: PendingSignIn, step: SignInStep) {
  if (pending.step !== step) {
    throw conflict("sign_in_step", "Dieser Anmeldeschritt ist gerade nicht dran", { step: pending.step });
  }
}

type FailedAction = { action: "auth.second_factor_failed" | "auth.second_factor_enrol_failed" };

/** A wrong code counts like a wrong password: the same throttle for the account and the address. */
async function failed(db: Db, context: RequestContext, pending: PendingSignIn, { action }: FailedAction) {
  await db.transaction().execute(async (trx) => {
    await recordFailedLogin(trx, throttleKeys(pending.user.email, context.ip));
    await recordAudit(trx, context, {
      action,
      entity: "user",
      entityId: pending.user.id,
      centreId: pending.user.centreId,
    });
  });
  return wrongCode();
}

/** A new session replaces the half-signed-in one, as a password sign-in replaces any earlier session. */
async function finishStep(trx: DbOrTx, config: Config, context: RequestContext, pending: PendingSignIn) {
  await endSession(trx, pending.sessionId);
  await clearAccountThrottle(trx, throttleKeys(pending.user.email, context.ip));
  return startSession(trx, config, pending.user.id, { ip: context.ip, userAgent: pending.userAgent });
}

export async function verifySecondFactor(
  db: Db,
  config: Config,
  context: RequestContext,
  pending: PendingSignIn,
  code: string,
): Promise<string> {
  requireStep(pending, "second-factor");
  await assertNotThrottled(db, throttleKeys(pending.user.email, context.ip));
  const stored = await secondFactor.findSecondFactor(db, pending.user.id);
  if (!stored?.secret) throw conflict("sign_in_step", "Es ist keine Authenticator-App eingerichtet");
  const secret = stored.secret;
  const token = await db.transaction().execute(async (trx) => {
    const byRecovery = isRecoveryCodeShape(code);
    let accepted: boolean;
    if (byRecovery) {
      accepted = await secondFactor.spendRecoveryCode(trx, pending.user.id, recoveryCodeHash(code), nowIso());
    } else {
      const step = stepOfCode(secret, code);
      accepted = step !== null && (await secondFactor.claimStep(trx, pending.user.id, step));
    }
    if (!accepted) return null;
    const target = { entity: "user", entityId: pending.user.id, centreId: pending.user.centreId };
    await recordAudit(
      trx,
      context,
      byRecovery
        ? {
            action: "auth.recovery_code_used",
            ...target,
            details: { recoveryCodesLeft: await secondFactor.unusedRecoveryCodeCount(trx, pending.user.id) },
          }
        : { action: "auth.second_factor", ...target },
    );
    return finishStep(trx, config, context, pending);
  });
  if (!token) throw await failed(db, context, pending, { action: "auth.second_factor_failed" });
  return token;
}

export async function startEnrolment(db: Db, pending: PendingSignIn): Promise<Enrolment> {
  requireStep(pending, "enrolment");
  const secret = newTotpSecret();
  await secondFactor.setPendingSecret(db, pending.user.id, secret);
  const uri = otpauthUri(secret, pending.user.email);
  return { secret, otpauthUri: uri, qrSvg: await qrSvgOf(uri) };
}

export async function confirmEnrolment(
  db: Db,
  config: Config,
  context: RequestContext,
  pending: PendingSignIn,
  code: string,
): Promise<{ token: string; recoveryCodes: string[] }> {
  requireStep(pending, "enrolment");
  await assertNotThrottled(db, throttleKeys(pending.user.email, context.ip));
  const stored = await secondFactor.findSecondFactor(db, pending.user.id);
  if (!stored?.pendingSecret) {
    throw conflict("sign_in_step", "Bitte zuerst den QR-Code anzeigen lassen");
  }
  const step = isRecoveryCodeShape(code) ? null : stepOfCode(stored.pendingSecret, code);
  if (step === null) throw await failed(db, context, pending, { action: "auth.second_factor_enrol_failed" });
  const recoveryCodes = newRecoveryCodes();
  const pendingSecret = stored.pendingSecret;
  const token = await db.transaction().execute(async (trx) => {
    await secondFactor.activateSecret(trx, pending.user.id, pendingSecret, step);
    await secondFactor.replaceRecoveryCodes(trx, pending.user.id, recoveryCodes.map(recoveryCodeHash));
    await recordAudit(trx, context, {
      action: "auth.second_factor_enrolled",
      entity: "user",
      entityId: pending.user.id,
      centreId: pending.user.centreId,
    });
    return finishStep(trx, config, context, pending);
  });
  return { token, recoveryCodes };
}
