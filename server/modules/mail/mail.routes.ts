import { type Context, Hono } from "hono";
import { z } from "zod";
import { MailSettingsUpdateSchema, OutboxQuerySchema, UnsubscribeSchema } from "#shared/schemas/mail.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext, requestContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { jsonBody, queryParams } from "../../middleware/validate.ts";
import {
  getMailSettings,
  listOutboxPage,
  unsubscribeByToken,
  updateMailSettings,
} from "./mail-settings.service.ts";

const _IdParam = z.object({ id: z.string().min(1).max(64) });

/** `GET /api/admin/outbox`: what the centre's mails said and whether they left (all of them, without SMTP). */
export function outboxRoutes({ db, config }: AppDeps) {
  return new Hono<AppEnv>().get("/", permit("read:mail"), queryParams(OutboxQuerySchema), async (c) =>
    c.json(await listOutboxPage(db, actorContext(c, config.trustProxy), c.req.valid("query"))),
  );
}

/** `/api/mail-settings` (own language and kinds) and `POST /api/mail-settings/unsubscribe` (the signed link). */
export function mailSettingsRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>()
    .get("/", permit("signed-in"), async (c) => c.json(await getMailSettings(db, context(c))))
    .patch("/", permit("signed-in"), jsonBody(MailSettingsUpdateSchema), async (c) =>
      c.json(await updateMailSettings(db, context(c), c.req.valid("json"))),
    )
    .post("/unsubscribe", permit("public"), jsonBody(UnsubscribeSchema), async (c) =>
      c.json(
        await unsubscribeByToken(
          db,
          config.sessionSecret,
          requestContext(c, config.trustProxy),
          c.req.valid("json").token,
        ),
      ),
    );
}
