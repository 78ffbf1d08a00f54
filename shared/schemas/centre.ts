import { z } from "zod";
import { say } from "../api/issue-messages.ts";
import { DistrictSchema } from "../reference/districts.ts";
import { IdSchema, singleLineText, VersionSchema } from "./common.ts";

export const CentreSchema = z.object({
  id: IdSchema,
  name: z.string(),
  district: DistrictSchema,
  secondFactorRequired: z.boolean(),
  version: VersionSchema,
});
export type Centre = z.infer<typeof CentreSchema>;

export const CentreCreateSchema = z.strictObject({
  name: singleLineText()
    .min(3, { error: say("min_chars", { count: 3 }) })
    .max(200),
  district: DistrictSchema,
});
export type CentreCreate = z.infer<typeof CentreCreateSchema>;

export const CentreListSchema = z.object({ items: z.array(CentreSchema) });
