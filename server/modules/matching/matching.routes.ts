import { type Context, Hono } from "hono";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { forbidden } from "../../lib/errors.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam } from "../../middleware/validate.ts";
import { candidatesForOffer, offersForPerson } from "./matching.service.ts";

/** The offers that fit a person, mounted under /persons. */
export function personMatchRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>().get("/:id/matching-offers", permit("read:placement"), idParam, async (c) => {
    const ctx = context(c);
    if (ctx.actor.role !== "advisor") throw forbidden();
    return c.json({ items: await offersForPerson(db, ctx, c.req.valid("param").id) });
  });
}

/** The persons that fit an offer, mounted under /offers. */
export function offerMatchRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>().get("/:id/candidates", permit("read:placement"), idParam, async (c) => {
    const ctx = context(c);
    if (ctx.actor.role !== "advisor") throw forbidden();
    return c.json({ items: await candidatesForOffer(db, ctx, c.req.valid("param").id) });
  });
}
