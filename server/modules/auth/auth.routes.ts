import { type Context, Hono } from "hono";
import { ChangeOwnPasswordSchema, LoginRequestSchema, SecondFactorCodeSchema } from "#shared/schemas/auth.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { conflict, unauthenticated } from "../../lib/errors.ts";
import { actorContext, requestContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { jsonBody } from "../../middleware/validate.ts";
import {
  confirmEnrolment,
  type PendingSignIn,
  startEnrolment,
  verifySecondFactor,
} from "../second-factor/second-factor.service.ts";
import { sessionCookie } from "../sessions/session-cookie.ts";
import { sessionIdOf } from "../sessions/session-token.ts";
import { changeOwnPassword, login, logout, signInStateOf } from "./auth.service.ts";

export function authRoutes({ db, config }: AppDeps) {
  const cookie = sessionCookie(config.env === "production", config.sessionAbsoluteMs);
  const userAgent = (c: Context<AppEnv>) => c.req.header("user-agent") ?? null;

  function pendingOf(c: Context<AppEnv>): PendingSignIn {
    const pending = c.get("pending");
    const sessionId = c.get("sessionId");
    if (c.get("user")) throw conflict("sign_in_step", "Sie sind bereits vollständig angemeldet");
    if (!pending || !sessionId) throw unauthenticated();
    return { ...pending, sessionId, userAgent: userAgent(c) };
  }
  /** Audit rows of a half-signed-in session name its user. */
  const pendingContext = (c: Context<AppEnv>, pending: PendingSignIn) => ({
    ...requestContext(c, config.trustProxy),
    actor: { ...pending.user, scope: null },
  });
  /** A full session, or one whose only step left is the new password. */
  function passwordContext(c: Context<AppEnv>) {
    const pending = c.get("pending");
    if (!pending) return { ...actorContext(c, config.trustProxy), step: null };
    if (!c.get("user")) c.set("user", pending.user);
    return { ...actorContext(c, config.trustProxy), step: pending.step };
  }

  return new Hono<AppEnv>()
    .post("/login", permit("public"), jsonBody(LoginRequestSchema), async (c) => {
      const presented = cookie.read(c);
      const { token, state } = await login(db, config, requestContext(c, config.trustProxy), {
        credentials: c.req.valid("json"),
        previousSessionId: presented ? sessionIdOf(presented, config.sessionSecret) : null,
        userAgent: userAgent(c),
      });
      cookie.write(c, token);
      return c.json(state);
    })
    .post("/second-factor", permit("signing-in"), jsonBody(SecondFactorCodeSchema), async (c) => {
      const pending = pendingOf(c);
      const token = await verifySecondFactor(
        db,
        config,
        pendingContext(c, pending),
        pending,
        c.req.valid("json").code,
      );
      cookie.write(c, token);
      return c.json(await signInStateOf(db, config, token));
    })
    .post("/second-factor/enrolment", permit("signing-in"), async (c) =>
      c.json(await startEnrolment(db, pendingOf(c))),
    )
    .post(
      "/second-factor/enrolment/confirm",
      permit("signing-in"),
      jsonBody(SecondFactorCodeSchema),
      async (c) => {
        const pending = pendingOf(c);
        const { token, recoveryCodes } = await confirmEnrolment(
          db,
          config,
          pendingContext(c, pending),
          pending,
          c.req.valid("json").code,
        );
        cookie.write(c, token);
        return c.json({ recoveryCodes, ...(await signInStateOf(db, config, token)) });
      },
    )
    .post("/logout", permit("signing-in"), async (c) => {
      const sessionId = c.get("sessionId");
      const pending = c.get("pending");
      if (pending && !c.get("user")) c.set("user", pending.user);
      if (sessionId) await logout(db, actorContext(c, config.trustProxy), sessionId);
      cookie.clear(c);
      return c.body(null, 204);
    })
    .get("/me", permit("signing-in"), (c) => {
      const pending = c.get("pending");
      const user = c.get("user");
      return c.json(pending ? { ...pending.user, nextStep: pending.step } : { ...user, nextStep: null });
    })
    .post("/password", permit("signing-in"), jsonBody(ChangeOwnPasswordSchema), async (c) => {
      const token = await changeOwnPassword(
        db,
        config,
        passwordContext(c),
        c.req.valid("json"),
        userAgent(c),
      );
      cookie.write(c, token);
      return c.body(null, 204);
    });
}
