import { type Context, Hono } from "hono";
import { z } from "zod";
import { IdSchema } from "#shared/schemas/common.ts";
import { ConsentCreateSchema, ConsentWithdrawSchema } from "#shared/schemas/consent.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam, jsonBody, pathParams } from "../../middleware/validate.ts";
import { giveConsent, listPersonConsents, withdrawConsent } from "./consents.service.ts";

const ConsentParams = z.object({ id: IdSchema, consentId: IdSchema });

/** A person's consents, mounted under /persons. */
export function personConsentRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>()
    .get("/:id/consents", permit("read:person"), idParam, async (c) =>
      c.json({ items: await listPersonConsents(db, context(c), c.req.valid("param").id) }),
    )
    .post("/:id/consents", permit("update:person"), idParam, jsonBody(ConsentCreateSchema), async (c) =>
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
