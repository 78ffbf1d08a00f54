import { type Context, Hono } from "hono";
import { z } from "zod";
import { ConsentCreateSchema, ConsentWithdrawSchema } from "../../../shared/schemas/consent.ts";
import {
  DuplicateQuerySchema,
  PersonCreateSchema,
  PersonListQuerySchema,
  PersonUpdateSchema,
} from "../../../shared/schemas/person.ts";
import { todayInBerlin } from "../../../shared/time/calendar.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { jsonBody, pathParams, queryParams } from "../../middleware/validate.ts";
import { giveConsent, listPersonConsents, withdrawConsent } from "../consents/consents.service.ts";
import { sendFile } from "../disclosure/disclosure-gate.ts";
import { listPersonAccessHistory } from "./access-history.service.ts";
import { exportPerson, exportPersonArchive } from "./person-export.service.ts";
import {
  createPerson,
  getPerson,
  listDuplicateCandidates,
  listPersonsPage,
  updatePerson,
} from "./persons.service.ts";

const IdParam = z.object({ id: z.string().min(1).max(64) });
const ExportQuery = z.strictObject({ format: z.enum(["json", "zip"]).optional() });
const ConsentParams = z.object({ id: z.string().min(1).max(64), consentId: z.string().min(1).max(64) });

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
    .get("/:id", permit("read:person"), pathParams(IdParam), async (c) =>
      c.json(await getPerson(db, context(c), c.req.valid("param").id)),
    )
    .patch("/:id", permit("update:person"), pathParams(IdParam), jsonBody(PersonUpdateSchema), async (c) =>
      c.json(await updatePerson(db, context(c), c.req.valid("param").id, c.req.valid("json"))),
    )
    .get("/:id/access-history", permit("read:person"), pathParams(IdParam), async (c) =>
      c.json({ items: await listPersonAccessHistory(db, context(c), c.req.valid("param").id) }),
    )
    .get("/:id/export", permit("export:person"), pathParams(IdParam), queryParams(ExportQuery), async (c) => {
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
    })
    .get("/:id/consents", permit("read:person"), pathParams(IdParam), async (c) =>
      c.json({ items: await listPersonConsents(db, context(c), c.req.valid("param").id) }),
    )
    .post(
      "/:id/consents",
      permit("update:person"),
      pathParams(IdParam),
      jsonBody(ConsentCreateSchema),
      async (c) =>
        c.json(await giveConsent(db, context(c), c.req.valid("param").id, c.req.valid("json")), 201),
    )
    .post(
      "/:id/consents/:consentId/withdraw",
      permit("update:person"),
      pathParams(ConsentParams),
      jsonBody(ConsentWithdrawSchema),
      async (c) => {
        const { id, consentId } = c.req.valid("param");
        return c.json(await withdrawConsent(db, context(c), id, consentId, c.req.valid("json").withdrawnOn));
      },
    );
}
