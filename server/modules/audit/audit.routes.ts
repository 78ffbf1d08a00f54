import { Hono } from "hono";
import { AuditListQuerySchema } from "#shared/schemas/audit.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { queryParams } from "../../middleware/validate.ts";
import { listAuditEntries } from "./audit.service.ts";

export function auditRoutes({ db, config }: AppDeps) {
  return new Hono<AppEnv>().get("/", permit("read:audit"), queryParams(AuditListQuerySchema), async (c) =>
    c.json(await listAuditEntries(db, actorContext(c, config.trustProxy), c.req.valid("query"))),
  );
}
