import { z } from "zod";
import { DistrictSchema } from "../reference/districts.ts";
import { IdSchema } from "./common.ts";

export const CompanySummarySchema = z.object({
  id: IdSchema,
  name: z.string(),
  district: DistrictSchema,
});
export type CompanySummary = z.infer<typeof CompanySummarySchema>;

export const CompanySummaryListSchema = z.object({ items: z.array(CompanySummarySchema) });
