import { type Context, Hono } from "hono";
import { z } from "zod";
import {
  LanguageEntryCreateSchema,
  LanguageEntryUpdateSchema,
  LanguageSessionCreateSchema,
} from "#shared/schemas/language.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam, jsonBody, pathParams } from "../../middleware/validate.ts";
import {
  createLanguageEntry,
  deleteLanguageEntry,
  getLanguageOverview,
  recordLanguageSession,
  updateLanguageEntry,
} from "./language.service.ts";

const EntryParams = z.object({ id: z.string().min(1).max(64), entryId: z.string().min(1).max(64) });

/** Mounted under `/api/persons`: a person's language entries. */
export function personLanguageRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>()
    .get("/:id/language", permit("read:language"), idParam, async (c) =>
      c.json(await getLanguageOverview(db, context(c), c.req.valid("param").id)),
    )
    .post(
      "/:id/language",
      permit("create:language"),
      idParam,
      jsonBody(LanguageEntryCreateSchema),
      async (c) =>
        c.json(await createLanguageEntry(db, context(c), c.req.valid("param").id, c.req.valid("json")), 201),
    )
    .patch(
      "/:id/language/:entryId",
      permit("update:language"),
      pathParams(EntryParams),
      jsonBody(LanguageEntryUpdateSchema),
      async (c) => {
        const { id, entryId } = c.req.valid("param");
        return c.json(await updateLanguageEntry(db, context(c), id, entryId, c.req.valid("json")));
      },
    )
    .delete("/:id/language/:entryId", permit("delete:language"), pathParams(EntryParams), async (c) => {
      const { id, entryId } = c.req.valid("param");
      await deleteLanguageEntry(db, context(c), id, entryId);
      return c.body(null, 204);
    });
}

/** Mounted under `/api/language-sessions`: a Betriebssprachtag recorded for several persons at once. */
export function languageSessionRoutes({ db, config }: AppDeps) {
  return new Hono<AppEnv>().post(
    "/",
    permit("create:language"),
    jsonBody(LanguageSessionCreateSchema),
    async (c) =>
      c.json(await recordLanguageSession(db, actorContext(c, config.trustProxy), c.req.valid("json")), 201),
  );
}
