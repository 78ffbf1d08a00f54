import { type Context, Hono } from "hono";
import { z } from "zod";
import {
  AgencyCreateSchema,
  AgencyListQuerySchema,
  AgencyUpdateSchema,
} from "../../../shared/schemas/agency.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { jsonBody, pathParams, queryParams } from "../../middleware/validate.ts";
import { createAgency, getAgency, listAgencyItems, updateAgency } from "./agencies.service.ts";

const IdParam = z.object({ id: z.string().min(1).max(64) });

export function agencyRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>()
    .get("/", permit("read:agency"), queryParams(AgencyListQuerySchema), async (c) =>
      c.json({ items: await listAgencyItems(db, context(c), c.req.valid("query")) }),
    )
    .post("/", permit("create:agency"), jsonBody(AgencyCreateSchema), async (c) =>
      c.json(await createAgency(db, context(c), c.req.valid("json")), 201),
    )
    .get("/:id", permit("read:agency"), pathParams(IdParam), async (c) =>
      c.json(await getAgency(db, context(c), c.req.valid("param").id)),
    )
    .patch("/:id", permit("update:agency"), pathParams(IdParam), jsonBody(AgencyUpdateSchema), async (c) =>
      c.json(await updateAgency(db, context(c), c.req.valid("param").id, c.req.valid("json"))),
    );
}
