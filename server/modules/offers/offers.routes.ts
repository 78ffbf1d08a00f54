import { type Context, Hono } from "hono";
import {
  OfferCreateSchema,
  OfferListQuerySchema,
  OfferTransitionSchema,
  OfferUpdateSchema,
} from "#shared/schemas/offer.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam, jsonBody, queryParams } from "../../middleware/validate.ts";
import { createOffer, getOffer, listOffersPage, transitionOffer, updateOffer } from "./offers.service.ts";

export function offerRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>()
    .get("/", permit("read:offer"), queryParams(OfferListQuerySchema), async (c) =>
      c.json(await listOffersPage(db, context(c), c.req.valid("query"))),
    )
    .post("/", permit("create:offer"), jsonBody(OfferCreateSchema), async (c) =>
      c.json(await createOffer(db, context(c), c.req.valid("json")), 201),
    )
    .get("/:id", permit("read:offer"), idParam, async (c) =>
      c.json(await getOffer(db, context(c), c.req.valid("param").id)),
    )
    .patch("/:id", permit("update:offer"), idParam, jsonBody(OfferUpdateSchema), async (c) =>
      c.json(await updateOffer(db, context(c), c.req.valid("param").id, c.req.valid("json"))),
    )
    .post("/:id/transitions", permit("update:offer"), idParam, jsonBody(OfferTransitionSchema), async (c) =>
      c.json(await transitionOffer(db, context(c), c.req.valid("param").id, c.req.valid("json"))),
    );
}
