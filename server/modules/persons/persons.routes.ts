import { type Context, Hono } from "hono";
import { AgencyLinkSchema } from "#shared/schemas/agency.ts";
import {
  DuplicateQuerySchema,
  PersonCreateSchema,
  PersonListQuerySchema,
  PersonUpdateSchema,
} from "#shared/schemas/person.ts";
import { DuplicateDismissSchema } from "#shared/schemas/person-merge.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam, jsonBody, queryParams } from "../../middleware/validate.ts";
import { listPersonAccessHistory } from "./access-history.service.ts";
import {
  dismissDuplicatePair,
  listDuplicateDismissals,
  restoreDuplicatePair,
} from "./duplicate-dismissals.service.ts";
import { listDuplicatePairs } from "./duplicate-pairs.service.ts";
import { getPersonAgency, setPersonAgency } from "./person-agency.service.ts";
import {
  createPerson,
  getPerson,
  listDuplicateCandidates,
  listPersonsPage,
  updatePerson,
} from "./persons.service.ts";

export function personRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return (
    new Hono<AppEnv>()
      .get("/", permit("read:person"), queryParams(PersonListQuerySchema), async (c) =>
        c.json(await listPersonsPage(db, context(c), c.req.valid("query"))),
      )
      .post("/", permit("create:person"), jsonBody(PersonCreateSchema), async (c) =>
        c.json(await createPerson(db, context(c), c.req.valid("json")), 201),
      )
      .get("/duplicates", permit("read:person"), queryParams(DuplicateQuerySchema), async (c) => {
        const { excludeId, ...candidate } = c.req.valid("query");
        return c.json({ items: await listDuplicateCandidates(db, context(c), candidate, excludeId) });
      })
      .get("/duplicate-pairs", permit("read:person"), async (c) =>
        c.json({ items: await listDuplicatePairs(db, context(c)) }),
      )
      // "Kein Duplikat" (decision 0047): marked pairs leave the duplicates screen of the centre, until taken back.
      .get("/duplicate-pairs/dismissals", permit("merge:person"), async (c) =>
        c.json({ items: await listDuplicateDismissals(db, context(c)) }),
      )
      .post(
        "/duplicate-pairs/dismissals",
        permit("merge:person"),
        jsonBody(DuplicateDismissSchema),
        async (c) => {
          const { dismissal, created } = await dismissDuplicatePair(db, context(c), c.req.valid("json"));
          return c.json(dismissal, created ? 201 : 200);
        },
      )
      .delete("/duplicate-pairs/dismissals/:id", permit("merge:person"), idParam, async (c) => {
        await restoreDuplicatePair(db, context(c), c.req.valid("param").id);
        return c.body(null, 204);
      })
      .get("/:id", permit("read:person"), idParam, async (c) =>
        c.json(await getPerson(db, context(c), c.req.valid("param").id)),
      )
      .patch("/:id", permit("update:person"), idParam, jsonBody(PersonUpdateSchema), async (c) =>
        c.json(await updatePerson(db, context(c), c.req.valid("param").id, c.req.valid("json"))),
      )
      .get("/:id/access-history", permit("read:person"), idParam, async (c) =>
        c.json({ items: await listPersonAccessHistory(db, context(c), c.req.valid("param").id) }),
      )
      .get("/:id/agency", permit("read:person"), idParam, async (c) =>
        c.json(await getPersonAgency(db, context(c), c.req.valid("param").id)),
      )
      .put("/:id/agency", permit("update:person"), idParam, jsonBody(AgencyLinkSchema), async (c) =>
        c.json(await setPersonAgency(db, context(c), c.req.valid("param").id, c.req.valid("json").agencyId)),
      )
  );
}
