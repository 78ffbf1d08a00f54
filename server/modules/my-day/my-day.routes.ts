import { Hono } from "hono";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { myDay } from "./my-day.service.ts";

/** The advisor's home, `/api/tasks/my-day`. */
export function myDayRoutes({ db, config }: AppDeps) {
  return new Hono<AppEnv>().get("/", permit("read:task"), async (c) =>
    c.json(await myDay(db, actorContext(c, config.trustProxy))),
  );
}
