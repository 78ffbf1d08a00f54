import { type Context, Hono } from "hono";
import { actsForCompany } from "#shared/auth/permissions.ts";
import { CompanyCreateSchema, CompanyListQuerySchema, CompanyUpdateSchema } from "#shared/schemas/company.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { forbidden } from "../../lib/errors.ts";
import { actorContext } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { idParam, jsonBody, queryParams } from "../../middleware/validate.ts";
import { createCompany, getCompany, listCompaniesPage, updateCompany } from "./companies.service.ts";

export function companyRoutes({ db, config }: AppDeps) {
  const context = (c: Context<AppEnv>) => actorContext(c, config.trustProxy);
  /** The list is the centre's: an actor whose `own` is one company reads only that company, by id. */
  const staffOnly = (c: Context<AppEnv>) => {
    if (actsForCompany(context(c).actor.role)) throw forbidden();
  };
  return new Hono<AppEnv>()
    .get("/", permit("read:company"), queryParams(CompanyListQuerySchema), async (c) => {
      staffOnly(c);
      return c.json(await listCompaniesPage(db, context(c), c.req.valid("query")));
    })
    .post("/", permit("create:company"), jsonBody(CompanyCreateSchema), async (c) =>
      c.json(await createCompany(db, context(c), c.req.valid("json")), 201),
    )
    .get("/:id", permit("read:company"), idParam, async (c) =>
      c.json(await getCompany(db, context(c), c.req.valid("param").id)),
    )
    .patch("/:id", permit("update:company"), idParam, jsonBody(CompanyUpdateSchema), async (c) =>
      c.json(await updateCompany(db, context(c), c.req.valid("param").id, c.req.valid("json"))),
    );
}
