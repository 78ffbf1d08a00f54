import { Hono } from "hono";
import { AuditListQuerySchema } from "../../../shared/schemas/audit.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorOf } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { queryParams } from "../../middleware/validate.ts";
import { listAuditEntries } from "./audit.service.ts";

export function auditRoutes({ db }: AppDeps) {
  return new Hono<AppEnv>().get("/", permit("read:audit"), queryParams(AuditListQuerySchema), async (c) =>
    c.json(await listAuditEntries(db, actorOf(c), c.req.valid("query"))),
  );
}
