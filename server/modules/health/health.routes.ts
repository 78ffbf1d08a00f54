import { Hono } from "hono";
import type { Health } from "#shared/schemas/health.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { pingDatabase } from "../../db/connect.ts";
import { ApiError } from "../../lib/errors.ts";
import { permit } from "../../middleware/permissions.ts";

export function healthRoutes({ db, dialect, logger }: AppDeps) {
  return new Hono<AppEnv>().get("/", permit("public"), async (c) => {
    try {
      await pingDatabase(db);
    } catch (error) {
      logger.error("health check failed", { error: String(error) });
      throw new ApiError("internal", "Datenbank nicht erreichbar");
    }
    const body: Health = { status: "ok", database: dialect, time: new Date().toISOString() };
    return c.json(body);
  });
}
