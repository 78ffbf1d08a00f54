import { z } from "zod";
import { CursorSchema, LimitSchema, pageOf } from "../api/pagination.ts";
import { CalendarDateSchema, IdSchema, InstantSchema, singleLineText } from "./common.ts";

export const AuditEntrySchema = z.object({
  id: IdSchema,
  at: InstantSchema,
  userId: IdSchema.nullable(),
  userEmail: z.string().nullable(),
  centreId: IdSchema.nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  requestId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditListQuerySchema = z.strictObject({
  action: singleLineText().max(100).optional(),
  entity: singleLineText().max(100).optional(),
  entityId: singleLineText().max(100).optional(),
  userId: IdSchema.optional(),
  from: CalendarDateSchema.optional(),
  to: CalendarDateSchema.optional(),
  cursor: CursorSchema,
  limit: LimitSchema,
});
export type AuditListQuery = z.infer<typeof AuditListQuerySchema>;

export const AuditPageSchema = pageOf(AuditEntrySchema);
