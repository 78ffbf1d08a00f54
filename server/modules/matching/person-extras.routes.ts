import { type Context, Hono } from "hono";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { forbidden } from "../../lib/errors.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam } from "../../middleware/validate.ts";
import { offersForPerson } from "./matching.service.ts";

/** Person sub-resources of the employers feature, mounted beside the persons router under /persons. */
export function personEmployerRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>().get("/:id/matching-offers", permit("read:placement"), idParam, async (c) => {
    const ctx = context(c);
    if (ctx.actor.role !== "advisor") throw forbidden();
    return c.json({ items: await offersForPerson(db, ctx, c.req.valid("param").id) });
  });
}
