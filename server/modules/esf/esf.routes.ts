import { type Context, Hono } from "hono";
import { EsfParticipantUpdateSchema, EsfReportQuerySchema } from "#shared/schemas/esf.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam, jsonBody, queryParams } from "../../middleware/validate.ts";
import { discloseAggregate, sendFile } from "../disclosure/disclosure-gate.ts";
import { getParticipant, updateParticipant } from "./esf.service.ts";
import { esfReportCsv } from "./esf-report.csv.ts";
import { esfReport } from "./esf-report.service.ts";

/** The participant record of one enrolment: `/api/enrolments/:id/esf`. */
export function esfParticipantRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>()
    .get("/:id/esf", permit("read:enrolment"), idParam, async (c) =>
      c.json(await getParticipant(db, context(c), c.req.valid("param").id)),
    )
    .patch("/:id/esf", permit("update:enrolment"), idParam, jsonBody(EsfParticipantUpdateSchema), async (c) =>
      c.json(await updateParticipant(db, context(c), c.req.valid("param").id, c.req.valid("json"))),
    );
}

/** The indicator report: `/api/stats/esf` and `/api/stats/esf.csv` (aggregates; managers read them). */
export function esfReportRoutes({ db, config }: AppDeps) {
  return new Hono<AppEnv>()
    .get("/esf", permit("read:stats"), queryParams(EsfReportQuerySchema), async (c) =>
      c.json(await esfReport(db, actorContext(c, config.trustProxy), c.req.valid("query"))),
    )
    .get("/esf.csv", permit("read:stats"), queryParams(EsfReportQuerySchema), async (c) => {
      const query = c.req.valid("query");
      const body = esfReportCsv(await esfReport(db, actorContext(c, config.trustProxy), query));
      return sendFile(c, discloseAggregate(), {
        body,
        contentType: "text/csv; charset=utf-8",
        fileName: `ankommen-esf-${query.from}-${query.to}-${query.scope}.csv`,
      });
    });
}
