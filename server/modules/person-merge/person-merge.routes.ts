import { type Context, Hono } from "hono";
import { PersonMergeSchema } from "#shared/schemas/person-merge.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam, jsonBody } from "../../middleware/validate.ts";
import { mergePersons } from "./person-merge.service.ts";

/** Merging a duplicate into the person `:id`, mounted under /persons (decision 0038). */
export function personMergeRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>().post(
    "/:id/merge",
    permit("merge:person"),
    idParam,
    jsonBody(PersonMergeSchema),
    async (c) => c.json(await mergePersons(db, context(c), c.req.valid("param").id, c.req.valid("json"))),
  );
}
