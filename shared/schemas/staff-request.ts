import { z } from "zod";
import { say } from "../api/issue-messages.ts";
import { RoleSchema } from "../auth/roles.ts";
import { IdSchema, InstantSchema } from "./common.ts";

export const staffRequestKinds = ["grant_role", "second_factor_reset"] as const;
export const staffRequestStatuses = ["pending", "confirmed", "refused"] as const;

export const StaffRequestSchema = z.object({
  id: IdSchema,
  kind: z.enum(staffRequestKinds),
  status: z.enum(staffRequestStatuses),
  role: RoleSchema.nullable(),
  user: z.object({ id: IdSchema, name: z.string(), email: z.string() }),
  requestedBy: z.object({ id: IdSchema, name: z.string() }),
  requestedAt: InstantSchema,
  decidedBy: z.object({ id: IdSchema, name: z.string() }).nullable(),
  decidedAt: InstantSchema.nullable(),
});
export type StaffRequest = z.infer<typeof StaffRequestSchema>;

export const StaffRequestListQuerySchema = z.strictObject({
  status: z.enum(staffRequestStatuses).optional(),
});
export type StaffRequestListQuery = z.infer<typeof StaffRequestListQuerySchema>;

export const StaffRequestListSchema = z.object({ items: z.array(StaffRequestSchema) });

export const CentreSecondFactorSchema = z.strictObject({
  required: z.boolean({ error: say("yes_or_no") }),
});
export type CentreSecondFactor = z.infer<typeof CentreSecondFactorSchema>;
