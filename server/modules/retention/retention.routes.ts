import { Hono } from "hono";
import { RetentionPostponeSchema, RetentionSettingsSchema } from "#shared/schemas/retention.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam, jsonBody } from "../../middleware/validate.ts";
import { postponeRetention, retentionOverview, updateRetentionSettings } from "./retention.service.ts";

export function retentionRoutes({ db, config }: AppDeps) {
  return new Hono<AppEnv>()
    .get("/", permit("read:retention"), async (c) =>
      c.json(await retentionOverview(db, actorContext(c, config.trustProxy))),
    )
    .put("/settings", permit("update:retention"), jsonBody(RetentionSettingsSchema), async (c) =>
      c.json(await updateRetentionSettings(db, actorContext(c, config.trustProxy), c.req.valid("json"))),
    )
    .post(
      "/persons/:id/postpone",
      permit("update:retention"),
      idParam,
      jsonBody(RetentionPostponeSchema),
      async (c) =>
        c.json(
          await postponeRetention(
            db,
            actorContext(c, config.trustProxy),
            c.req.valid("param").id,
            c.req.valid("json"),
          ),
        ),
    );
}
