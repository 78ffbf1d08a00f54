import { z } from "zod";
import { ConcernSchema } from "../reference/cases.ts";
import { IdSchema, InstantSchema, VersionSchema } from "./common.ts";
import { ConsentCreateSchema } from "./consent.ts";

export const transferStatuses = ["pending", "accepted", "declined", "cancelled"] as const;
export const TransferStatusSchema = z.enum(transferStatuses);
export type TransferStatus = z.infer<typeof TransferStatusSchema>;

/** What the receiving centre sees before it decides (decision 0041): no name, no contact, no history. */
export const TransferPreviewSchema = z.object({
  initials: z.string(),
  birthYear: z.number().int(),
  concerns: z.array(ConcernSchema),
});
export type TransferPreview = z.infer<typeof TransferPreviewSchema>;

export const TransferSchema = z.object({
  id: IdSchema,
  direction: z.enum(["incoming", "outgoing"]),
  status: TransferStatusSchema,
  /** Only while the viewer's centre holds the person: the giving centre until acceptance, the receiving one after. */
  personId: IdSchema.nullable(),
  fromCentreId: IdSchema,
  fromCentreName: z.string(),
  toCentreId: IdSchema,
  toCentreName: z.string(),
  offeredAt: InstantSchema,
  offeredByName: z.string(),
  decidedAt: InstantSchema.nullable(),
  decidedByName: z.string().nullable(),
  preview: TransferPreviewSchema.nullable(),
  version: VersionSchema,
});
export type Transfer = z.infer<typeof TransferSchema>;
export const TransferListSchema = z.object({ items: z.array(TransferSchema) });

/** The person's consent to the transfer is recorded with the offer, as a consent of purpose `centre_transfer`. */
export const TransferCreateSchema = z.strictObject({
  toCentreId: IdSchema,
  consent: ConsentCreateSchema.omit({ purpose: true }),
});
export type TransferCreate = z.infer<typeof TransferCreateSchema>;

export const TransferListQuerySchema = z.strictObject({
  direction: z.enum(["incoming", "outgoing"]),
  status: TransferStatusSchema.optional(),
  personId: IdSchema.optional(),
});
export type TransferListQuery = z.infer<typeof TransferListQuerySchema>;

export const TransferDecisionSchema = z.strictObject({ version: VersionSchema });
