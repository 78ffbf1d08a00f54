import { createMiddleware } from "hono/factory";
import type { AppDeps, AppEnv } from "../app-env.ts";
import { sessionCookie } from "../modules/sessions/session-cookie.ts";
import { resolveSession } from "../modules/sessions/sessions.service.ts";

export function loadSession({ db, config }: AppDeps) {
  const cookie = sessionCookie(config.env === "production", config.sessionAbsoluteMs);
  return createMiddleware<AppEnv>(async (c, next) => {
    c.set("user", null);
    c.set("pending", null);
    c.set("sessionId", null);
    c.set("scope", null);
    const token = cookie.read(c);
    if (token && token.length <= 100) {
      const session = await resolveSession(db, config, token);
      if (session) {
        c.set("sessionId", session.sessionId);
        if (session.nextStep) c.set("pending", { user: session.user, step: session.nextStep });
        else c.set("user", session.user);
      }
    }
    await next();
  });
}
