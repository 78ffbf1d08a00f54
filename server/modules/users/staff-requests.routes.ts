import { type Context, Hono } from "hono";
import { StaffRequestListQuerySchema } from "#shared/schemas/staff-request.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam, queryParams } from "../../middleware/validate.ts";
import { decideStaffRequest, listStaffRequests } from "./staff-requests.service.ts";

export function staffRequestRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>()
    .get("/", permit("read:staff_request"), queryParams(StaffRequestListQuerySchema), async (c) =>
      c.json(await listStaffRequests(db, context(c), c.req.valid("query"))),
    )
    .post("/:id/confirm", permit("update:staff_request"), idParam, async (c) =>
      c.json(await decideStaffRequest(db, context(c), c.req.valid("param").id, "confirmed")),
    )
    .post("/:id/refuse", permit("update:staff_request"), idParam, async (c) =>
      c.json(await decideStaffRequest(db, context(c), c.req.valid("param").id, "refused")),
    );
}
