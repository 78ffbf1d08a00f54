import { Hono } from "hono";
import { DistrictSchema } from "../../../shared/reference/districts.ts";
import type { CompanySummary } from "../../../shared/schemas/company.ts";
import type { AppDeps, AppEnv } from "../../app-env.ts";
import { actorOf } from "../../middleware/context.ts";
import { permit } from "../../middleware/permissions.ts";
import { listCompanies } from "./companies.repository.ts";

export function companyRoutes({ db }: AppDeps) {
  return new Hono<AppEnv>().get("/", permit("read:company"), async (c) => {
    const rows = await listCompanies(db, actorOf(c).centreId);
    const items: CompanySummary[] = rows.map((row) => ({
      ...row,
      district: DistrictSchema.parse(row.district),
    }));
    return c.json({ items });
  });
}
