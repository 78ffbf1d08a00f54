import { Hono } from "hono";
import { CentreCreateSchema } from "#shared/schemas/centre.ts";
import { CentreSecondFactorSchema } from "#shared/schemas/staff-request.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam, jsonBody } from "../../middleware/validate.ts";
import { createCentre, listAllCentres, setSecondFactorRequired } from "./centres.service.ts";

export function centreRoutes({ db, config }: AppDeps) {
  return new Hono<AppEnv>()
    .get("/", permit("read:centre"), async (c) => c.json({ items: await listAllCentres(db) }))
    .post("/", permit("manage:centre"), jsonBody(CentreCreateSchema), async (c) =>
      c.json(await createCentre(db, actorContext(c, config.trustProxy), c.req.valid("json")), 201),
    )
    .put(
      "/:id/second-factor",
      permit("manage:centre"),
      idParam,
      jsonBody(CentreSecondFactorSchema),
      async (c) =>
        c.json(
          await setSecondFactorRequired(
            db,
            actorContext(c, config.trustProxy),
            c.req.valid("param").id,
            c.req.valid("json").required,
          ),
        ),
    );
}
