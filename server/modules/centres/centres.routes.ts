import { Hono } from "hono";
import { CentreCreateSchema } from "../../../shared/schemas/centre.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { jsonBody } from "../../middleware/validate.ts";
import { createCentre, listAllCentres } from "./centres.service.ts";

export function centreRoutes({ db, config }: AppDeps) {
  return new Hono<AppEnv>()
    .get("/", permit("read:centre"), async (c) => c.json({ items: await listAllCentres(db) }))
    .post("/", permit("manage:centre"), jsonBody(CentreCreateSchema), async (c) =>
      c.json(await createCentre(db, actorContext(c, config.trustProxy), c.req.valid("json")), 201),
    );
}
