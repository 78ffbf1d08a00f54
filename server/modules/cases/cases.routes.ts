import { type Context, Hono } from "hono";
import { z } from "zod";
import { CaseBulkSchema, PersonBulkSchema } from "#shared/schemas/bulk.ts";
import {
  ActivityCreateSchema,
  ActivityUpdateSchema,
  CaseCreateSchema,
  CaseListQuerySchema,
  CaseReopenSchema,
  CaseTransitionSchema,
  CaseUpdateSchema,
} from "#shared/schemas/case.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam, jsonBody, pathParams, queryParams } from "../../middleware/validate.ts";
import { addActivity, editActivity, listCaseActivities } from "./activities.service.ts";
import {
  createCase,
  getCase,
  listCasesPage,
  reopenCase,
  transitionCase,
  updateCase,
} from "./cases.service.ts";
import { bulkCases, bulkPersons } from "./cases-bulk.service.ts";

const ActivityParams = z.object({ id: z.string().min(1).max(64), activityId: z.string().min(1).max(64) });

export function caseRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>()
    .get("/", permit("read:case"), queryParams(CaseListQuerySchema), async (c) =>
      c.json(await listCasesPage(db, context(c), c.req.valid("query"))),
    )
    .post("/", permit("create:case"), jsonBody(CaseCreateSchema), async (c) =>
      c.json(await createCase(db, context(c), c.req.valid("json")), 201),
    )
    .post("/bulk", permit("update:case"), jsonBody(CaseBulkSchema), async (c) =>
      c.json(await bulkCases(db, context(c), c.req.valid("json"))),
    )
    .get("/:id", permit("read:case"), idParam, async (c) =>
      c.json(await getCase(db, context(c), c.req.valid("param").id)),
    )
    .patch("/:id", permit("update:case"), idParam, jsonBody(CaseUpdateSchema), async (c) =>
      c.json(await updateCase(db, context(c), c.req.valid("param").id, c.req.valid("json"))),
    )
    .post("/:id/transitions", permit("update:case"), idParam, jsonBody(CaseTransitionSchema), async (c) =>
      c.json(await transitionCase(db, context(c), c.req.valid("param").id, c.req.valid("json"))),
    )
    .post("/:id/reopen", permit("update:case"), idParam, jsonBody(CaseReopenSchema), async (c) =>
      c.json(await reopenCase(db, context(c), c.req.valid("param").id, c.req.valid("json").version)),
    )
    .get("/:id/activities", permit("read:case"), idParam, async (c) =>
      c.json({ items: await listCaseActivities(db, context(c), c.req.valid("param").id) }),
    )
    .post("/:id/activities", permit("update:case"), idParam, jsonBody(ActivityCreateSchema), async (c) =>
      c.json(await addActivity(db, context(c), c.req.valid("param").id, c.req.valid("json")), 201),
    )
    .patch(
      "/:id/activities/:activityId",
      permit("update:case"),
      pathParams(ActivityParams),
      jsonBody(ActivityUpdateSchema),
      async (c) => {
        const { id, activityId } = c.req.valid("param");
        return c.json(await editActivity(db, context(c), id, activityId, c.req.valid("json")));
      },
    );
}

/** Bulk actions on the persons list act on each person's open case, so cases serves them: `/api/persons/bulk`. */
export function personBulkRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>().post("/bulk", permit("update:person"), jsonBody(PersonBulkSchema), async (c) =>
    c.json(await bulkPersons(db, context(c), c.req.valid("json"))),
  );
}
