import { type Context, Hono } from "hono";
import { AgencyCreateSchema, AgencyListQuerySchema, AgencyUpdateSchema } from "#shared/schemas/agency.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam, jsonBody, queryParams } from "../../middleware/validate.ts";
import { createAgency, getAgency, listAgencyItems, updateAgency } from "./agencies.service.ts";

export function agencyRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>()
    .get("/", permit("read:agency"), queryParams(AgencyListQuerySchema), async (c) =>
      c.json({ items: await listAgencyItems(db, context(c), c.req.valid("query")) }),
    )
    .post("/", permit("create:agency"), jsonBody(AgencyCreateSchema), async (c) =>
      c.json(await createAgency(db, context(c), c.req.valid("json")), 201),
    )
    .get("/:id", permit("read:agency"), idParam, async (c) =>
      c.json(await getAgency(db, context(c), c.req.valid("param").id)),
    )
    .patch("/:id", permit("update:agency"), idParam, jsonBody(AgencyUpdateSchema), async (c) =>
      c.json(await updateAgency(db, context(c), c.req.valid("param").id, c.req.valid("json"))),
    );
}
