import { type Context, Hono } from "hono";
import { todayInBerlin } from "../../../shared/time/calendar.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam } from "../../middleware/validate.ts";
import { sendFile } from "../disclosure/disclosure-gate.ts";
import { exportPerson } from "./person-export.service.ts";

/** The Art. 15 bundle of a person, mounted under /persons. */
export function personExportRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>().get("/:id/export", permit("export:person"), idParam, async (c) => {
    const { bundle, disclosure } = await exportPerson(db, context(c), c.req.valid("param").id);
    return sendFile(c, disclosure, {
      body: JSON.stringify(bundle),
      contentType: "application/json; charset=utf-8",
      fileName: `auskunft-${todayInBerlin()}-${bundle.profile.id}.json`,
    });
  });
}
