import { Hono } from "hono";
import { ChangeOwnPasswordSchema, LoginRequestSchema } from "../../../shared/schemas/auth.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext, requestContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { jsonBody } from "../../middleware/validate.ts";
import { changeOwnPassword, login, logout } from "./auth.service.ts";
import { sessionCookie } from "./session-cookie.ts";
import { sessionIdOf } from "./session-token.ts";

export function authRoutes({ db, config }: AppDeps) {
  const cookie = sessionCookie(config.env === "production", config.sessionAbsoluteMs);

  return new Hono<AppEnv>()
    .post("/login", permit("public"), jsonBody(LoginRequestSchema), async (c) => {
      const presented = cookie.read(c);
      const { token, user } = await login(db, config, requestContext(c, config.trustProxy), {
        credentials: c.req.valid("json"),
        previousSessionId: presented ? sessionIdOf(presented, config.sessionSecret) : null,
        userAgent: c.req.header("user-agent") ?? null,
      });
      cookie.write(c, token);
      return c.json(user);
    })
    .post("/logout", permit("signed-in"), async (c) => {
      const sessionId = c.get("sessionId");
      if (sessionId) await logout(db, actorContext(c, config.trustProxy), sessionId);
      cookie.clear(c);
      return c.body(null, 204);
    })
    .get("/me", permit("signed-in"), (c) => c.json(c.get("user")))
    .post("/password", permit("signed-in"), jsonBody(ChangeOwnPasswordSchema), async (c) => {
      const token = await changeOwnPassword(
        db,
        config,
        actorContext(c, config.trustProxy),
        c.req.valid("json"),
        c.req.header("user-agent") ?? null,
      );
      cookie.write(c, token);
      return c.body(null, 204);
    });
}
