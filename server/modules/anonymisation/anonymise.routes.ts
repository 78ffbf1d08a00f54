import { Hono } from "hono";
import { AnonymiseRequestSchema } from "../../../shared/schemas/anonymisation.ts";
import { todayInBerlin } from "../../../shared/time/calendar.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { centreScope } from "../../db/centre-scope.ts";
import { conflict, notFound } from "../../lib/errors.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam, jsonBody } from "../../middleware/validate.ts";
import { anonymisePerson } from "./anonymise.service.ts";

/** `POST /api/persons/:id/anonymise`: Art. 17 erasure, refused with the holds while one applies. */
export function anonymiseRoutes({ db, config }: AppDeps) {
  return new Hono<AppEnv>().post(
    "/:id/anonymise",
    permit("anonymise:person"),
    idParam,
    jsonBody(AnonymiseRequestSchema),
    async (c) => {
      const context = actorContext(c, config.trustProxy);
      const { id } = c.req.valid("param");
      const { version, reason } = c.req.valid("json");
      const outcome = await anonymisePerson(centreScope(db, context.actor.centreId), id, {
        reason,
        actorUserId: context.actor.id,
        expectedVersion: version,
        today: todayInBerlin(),
        requestId: context.requestId,
        ip: context.ip,
      });
      if (outcome.status === "not_found") throw notFound("Person");
      if (outcome.status === "version_conflict")
        throw conflict("stale_version", "Der Datensatz wurde inzwischen von jemand anderem geändert");
      if (outcome.status === "legal_hold")
        throw conflict("legal_hold", "Die Person unterliegt einer gesetzlichen Aufbewahrungspflicht", {
          holds: outcome.holds,
        });
      return c.json({ id, status: "anonymised" as const });
    },
  );
}
