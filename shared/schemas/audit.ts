import { z } from "zod";
import { CursorSchema, LimitSchema, pageOf } from "../api/pagination.ts";
import { accessAreas, accessKinds } from "../audit/access-kind.ts";
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
  /** The persons the entry names (of the reader's centre), the first few with their names. */
  persons: z.array(z.object({ id: IdSchema, name: z.string() })),
  personCount: z.number().int().nonnegative(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** One line of a person's access history: who (and for which centre or company) did what, when. */
export const PersonAccessEntrySchema = z.object({
  id: IdSchema,
  at: InstantSchema,
  action: z.string(),
  kind: z.enum(accessKinds),
  area: z.enum([...accessAreas, "other"]),
  role: z.string().nullable(),
  userName: z.string().nullable(),
  companyName: z.string().nullable(),
  centreName: z.string().nullable(),
});
export type PersonAccessEntry = z.infer<typeof PersonAccessEntrySchema>;
export const PersonAccessHistorySchema = z.object({ items: z.array(PersonAccessEntrySchema) });

/** The access history shows the newest entries; older ones stay in the admin's audit log. */
export const PERSON_ACCESS_LIMIT = 200;

export const AuditListQuerySchema = z.strictObject({
  action: singleLineText().max(100).optional(),
  entity: singleLineText().max(100).optional(),
  entityId: singleLineText().max(100).optional(),
  userId: IdSchema.optional(),
  /** Only entries naming a person, of this kind (reads, changes, exports, releases, anonymisations). */
  kind: z.enum(accessKinds).optional(),
  personId: IdSchema.optional(),
  from: CalendarDateSchema.optional(),
  to: CalendarDateSchema.optional(),
  cursor: CursorSchema,
  limit: LimitSchema,
});
export type AuditListQuery = z.infer<typeof AuditListQuerySchema>;

export const AuditPageSchema = pageOf(AuditEntrySchema);
