import { type Context, Hono } from "hono";
import { TaskCreateSchema, TaskListQuerySchema, TaskUpdateSchema } from "#shared/schemas/task.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam, jsonBody, queryParams } from "../../middleware/validate.ts";
import { createTask, listTasksPage, updateTask } from "./tasks.service.ts";

export function taskRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>()
    .get("/", permit("read:task"), queryParams(TaskListQuerySchema), async (c) =>
      c.json(await listTasksPage(db, context(c), c.req.valid("query"))),
    )
    .post("/", permit("create:task"), jsonBody(TaskCreateSchema), async (c) =>
      c.json(await createTask(db, context(c), c.req.valid("json")), 201),
    )
    .patch("/:id", permit("update:task"), idParam, jsonBody(TaskUpdateSchema), async (c) =>
      c.json(await updateTask(db, context(c), c.req.valid("param").id, c.req.valid("json"))),
    );
}
