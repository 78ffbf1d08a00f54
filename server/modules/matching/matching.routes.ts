import { type Context, Hono } from "hono";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam } from "../../middleware/validate.ts";
import { candidatesForOffer, offersForPerson } from "./matching.service.ts";

/** The offers that fit a person, mounted under /persons (`read:placement`: advisors only). */
export function personMatchRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>().get("/:id/matching-offers", permit("read:placement"), idParam, async (c) => {
    return c.json({ items: await offersForPerson(db, context(c), c.req.valid("param").id) });
  });
}

/** The persons that fit an offer, mounted under /offers (`read:placement`: advisors only). */
export function offerMatchRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>().get("/:id/candidates", permit("read:placement"), idParam, async (c) => {
    return c.json({ items: await candidatesForOffer(db, context(c), c.req.valid("param").id) });
  });
}
