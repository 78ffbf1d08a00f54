import { type Context, Hono } from "hono";
import { z } from "zod";
import { todayInBerlin } from "#shared/time/calendar.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam, queryParams } from "../../middleware/validate.ts";
import { sendFile } from "../disclosure/disclosure-gate.ts";
import { exportPerson, exportPersonArchive } from "./person-export.service.ts";

const ExportQuery = z.strictObject({ format: z.enum(["json", "zip"]).optional() });

/** The Art. 15 bundle of a person (JSON, or a ZIP with the documents), mounted under /persons. */
export function personExportRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>().get(
    "/:id/export",
    permit("export:person"),
    idParam,
    queryParams(ExportQuery),
    async (c) => {
      const { id } = c.req.valid("param");
      if (c.req.valid("query").format === "zip") {
        const { bundle, disclosure, archive } = await exportPersonArchive(db, context(c), id);
        return sendFile(c, disclosure, {
          body: archive,
          contentType: "application/zip",
          fileName: `auskunft-${todayInBerlin()}-${bundle.profile.id}.zip`,
        });
      }
      const { bundle, disclosure } = await exportPerson(db, context(c), id);
      return sendFile(c, disclosure, {
        body: JSON.stringify(bundle),
        contentType: "application/json; charset=utf-8",
        fileName: `auskunft-${todayInBerlin()}-${bundle.profile.id}.json`,
      });
    },
  );
}
