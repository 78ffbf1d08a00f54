import { Hono } from "hono";
import { AnonymiseRequestSchema } from "#shared/schemas/anonymisation.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam, jsonBody } from "../../middleware/validate.ts";
import { anonymiseOnRequest } from "./anonymise.service.ts";

/** `POST /api/persons/:id/anonymise`: Art. 17 erasure, refused with the holds while one applies. */
export function anonymiseRoutes({ db, config }: AppDeps) {
  return new Hono<AppEnv>().post(
    "/:id/anonymise",
    permit("anonymise:person"),
    idParam,
    jsonBody(AnonymiseRequestSchema),
    async (c) => {
      const { id } = c.req.valid("param");
      await anonymiseOnRequest(db, actorContext(c, config.trustProxy), id, c.req.valid("json"));
      return c.json({ id, status: "anonymised" as const });
    },
  );
}
