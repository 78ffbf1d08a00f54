import { type Context, Hono } from "hono";
import {
  PasswordResetSchema,
  UserCreateSchema,
  UserListQuerySchema,
  UserUpdateSchema,
} from "#shared/schemas/user.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam, jsonBody, queryParams } from "../../middleware/validate.ts";
import { requestSecondFactorReset } from "./staff-requests.service.ts";
import {
  createUser,
  getUser,
  listCaseworkers,
  listUsersPage,
  resetPassword,
  updateUser,
} from "./users.service.ts";

export function userRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  return new Hono<AppEnv>()
    .get("/", permit("read:user"), queryParams(UserListQuerySchema), async (c) =>
      c.json(await listUsersPage(db, context(c), c.req.valid("query"))),
    )
    .post("/", permit("create:user"), jsonBody(UserCreateSchema), async (c) =>
      c.json(await createUser(db, context(c), c.req.valid("json")), 201),
    )
    .get("/caseworkers", permit("read:case"), async (c) =>
      c.json({ items: await listCaseworkers(db, context(c)) }),
    )
    .get("/:id", permit("read:user"), idParam, async (c) =>
      c.json(await getUser(db, context(c), c.req.valid("param").id)),
    )
    .patch("/:id", permit("update:user"), idParam, jsonBody(UserUpdateSchema), async (c) =>
      c.json(await updateUser(db, context(c), c.req.valid("param").id, c.req.valid("json"))),
    )
    .post("/:id/password", permit("update:user"), idParam, jsonBody(PasswordResetSchema), async (c) => {
      await resetPassword(db, context(c), c.req.valid("param").id, c.req.valid("json").password);
      return c.body(null, 204);
    })
    .post("/:id/second-factor/reset", permit("update:user"), idParam, async (c) =>
      c.json(await requestSecondFactorReset(db, context(c), c.req.valid("param").id), 202),
    );
}
