import { type Context, Hono } from "hono";
import { z } from "zod";
import {
  TransferCreateSchema,
  TransferDecisionSchema,
  TransferListQuerySchema,
} from "#shared/schemas/transfer.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { jsonBody, pathParams, queryParams } from "../../middleware/validate.ts";
import { decideTransfer, listTransfers, offerTransfer } from "./transfers.service.ts";

const IdParam = z.object({ id: z.string().min(1).max(64) });

export function personTransferRoutes({ db, config }: AppDeps) {
  return new Hono<AppEnv>().post(
    "/:id/transfers",
    permit("create:transfer"),
    pathParams(IdParam),
    jsonBody(TransferCreateSchema),
    async (c) =>
      c.json(
        await offerTransfer(
          db,
          actorContext(c, config.trustProxy),
          c.req.valid("param").id,
          c.req.valid("json"),
        ),
        201,
      ),
  );
}

export function transferRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  const decision = (kind: "accept" | "decline" | "cancel") =>
    [
      `/:id/${kind}`,
      permit("update:transfer"),
      pathParams(IdParam),
      jsonBody(TransferDecisionSchema),
    ] as const;
  const app = new Hono<AppEnv>().get(
    "/",
    permit("read:transfer"),
    queryParams(TransferListQuerySchema),
    async (c) => c.json(await listTransfers(db, context(c), c.req.valid("query"))),
  );
  for (const kind of ["accept", "decline", "cancel"] as const) {
    const [path, ...checks] = decision(kind);
    app.post(path, ...checks, async (c) =>
      c.json(
        await decideTransfer(db, context(c), c.req.valid("param").id, kind, c.req.valid("json").version),
      ),
    );
  }
  return app;
}
