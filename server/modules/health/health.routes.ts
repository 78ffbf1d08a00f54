import { Hono } from "hono";
import { sql } from "kysely";
import type { Health } from "../../../shared/schemas/health.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { ApiError } from "../../lib/errors.ts";
import { permit } from "../../middleware/permissions.ts";

export function healthRoutes({ db, dialect, logger }: AppDeps) {
  return new Hono<AppEnv>().get("/", permit("public"), async (c) => {
    try {
      await sql`select 1`.execute(db);
    } catch (error) {
      logger.error("health check failed", { error: String(error) });
      throw new ApiError("internal", "Datenbank nicht erreichbar");
    }
    const body: Health = { status: "ok", database: dialect, time: new Date().toISOString() };
    return c.json(body);
  });
}
