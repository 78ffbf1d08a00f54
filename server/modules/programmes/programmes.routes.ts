import { type Context, Hono } from "hono";
import {
  EnrolmentCreateSchema,
  EnrolmentListQuerySchema,
  EnrolmentUpdateSchema,
  ProgrammeCreateSchema,
  ProgrammeUpdateSchema,
} from "#shared/schemas/programme.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam, jsonBody, queryParams } from "../../middleware/validate.ts";
import { sendFile } from "../disclosure/disclosure-gate.ts";
import {
  createEnrolment,
  createProgramme,
  exportProgrammeParticipants,
  getProgramme,
  listEnrolmentsPage,
  listProgrammeGaps,
  listProgrammeItems,
  updateEnrolment,
  updateProgramme,
} from "./programmes.service.ts";

export function programmeRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>()
    .get("/", permit("read:programme"), async (c) =>
      c.json({ items: await listProgrammeItems(db, context(c)) }),
    )
    .post("/", permit("create:programme"), jsonBody(ProgrammeCreateSchema), async (c) =>
      c.json(await createProgramme(db, context(c), c.req.valid("json")), 201),
    )
    .get("/:id", permit("read:programme"), idParam, async (c) =>
      c.json(await getProgramme(db, context(c), c.req.valid("param").id)),
    )
    .patch("/:id", permit("update:programme"), idParam, jsonBody(ProgrammeUpdateSchema), async (c) =>
      c.json(await updateProgramme(db, context(c), c.req.valid("param").id, c.req.valid("json"))),
    )
    .get("/:id/esf-gaps", permit("read:enrolment"), idParam, async (c) =>
      c.json(await listProgrammeGaps(db, context(c), c.req.valid("param").id)),
    )
    .get("/:id/esf-participants.xlsx", permit("read:enrolment"), idParam, async (c) => {
      const { disclosure, file } = await exportProgrammeParticipants(db, context(c), c.req.valid("param").id);
      return sendFile(c, disclosure, file);
    });
}

export function enrolmentRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>()
    .get("/", permit("read:enrolment"), queryParams(EnrolmentListQuerySchema), async (c) =>
      c.json(await listEnrolmentsPage(db, context(c), c.req.valid("query"))),
    )
    .post("/", permit("create:enrolment"), jsonBody(EnrolmentCreateSchema), async (c) =>
      c.json(await createEnrolment(db, context(c), c.req.valid("json")), 201),
    )
    .patch("/:id", permit("update:enrolment"), idParam, jsonBody(EnrolmentUpdateSchema), async (c) =>
      c.json(await updateEnrolment(db, context(c), c.req.valid("param").id, c.req.valid("json"))),
    );
}
