import { type Context, Hono } from "hono";
import { AgencyLinkSchema } from "../../../shared/schemas/agency.ts";
import {
  DuplicateQuerySchema,
  PersonCreateSchema,
  PersonListQuerySchema,
  PersonUpdateSchema,
} from "../../../shared/schemas/person.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam, jsonBody, queryParams } from "../../middleware/validate.ts";
import { listPersonAccessHistory } from "./access-history.service.ts";
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
  return new Hono<AppEnv>()
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
    );
}
