import { z } from "zod";
import { CalendarDateSchema, IdSchema, VersionSchema } from "./common.ts";
import { PersonFieldsSchema } from "./person.ts";

export const MergeFieldSchema = PersonFieldsSchema.keyof();
export type MergeField = z.infer<typeof MergeFieldSchema>;
export const mergeFields = MergeFieldSchema.options;

/**
 * `POST /api/persons/:id/merge`: `:id` survives, `mergedId` is merged into it and then answers with a pointer.
 * Every field keeps the survivor's value unless it is named in `takeFromMerged`. Both versions are those the
 * advisor compared, so a change in between is a 409, not a silent loss.
 */
export const PersonMergeSchema = z.strictObject({
  mergedId: IdSchema,
  version: VersionSchema,
  mergedVersion: VersionSchema,
  takeFromMerged: z.array(MergeFieldSchema).max(mergeFields.length).default([]),
});
export type PersonMerge = z.infer<typeof PersonMergeSchema>;

export const DuplicatePairPersonSchema = z.object({
  id: IdSchema,
  familyName: z.string(),
  givenNames: z.string(),
  birthDate: CalendarDateSchema,
  nationality: z.string(),
});

export const DuplicatePairSchema = z.object({
  persons: z.tuple([DuplicatePairPersonSchema, DuplicatePairPersonSchema]),
  /** "name_and_birth_date" as the new-person form's likely duplicates; "name" without regard to birth date. */
  match: z.enum(["name_and_birth_date", "name"]),
  /** "sounds_alike": the family names share their Kölner Phonetik code (Meier, Mayer). */
  reason: z.enum(["same_name", "similar_name", "sounds_alike"]),
});
export type DuplicatePair = z.infer<typeof DuplicatePairSchema>;
export const DuplicatePairListSchema = z.object({ items: z.array(DuplicatePairSchema) });

/** `details` of the 404 a merged person's id answers with: where its records went. */
export const MergedPersonSchema = z.object({ mergedInto: IdSchema });

/** `POST /api/persons/duplicate-pairs/dismissals`: the two persons an advisor marks "Kein Duplikat" (decision 0047). */
export const DuplicateDismissSchema = z.strictObject({ personIds: z.tuple([IdSchema, IdSchema]) });
export type DuplicateDismiss = z.infer<typeof DuplicateDismissSchema>;

/** A pair marked "Kein Duplikat": the duplicates screen lists it no more until the mark is taken back. */
export const DuplicateDismissalSchema = z.object({
  id: IdSchema,
  persons: z.tuple([DuplicatePairPersonSchema, DuplicatePairPersonSchema]),
  dismissedBy: z.string().nullable(),
  dismissedAt: z.string(),
});
export type DuplicateDismissal = z.infer<typeof DuplicateDismissalSchema>;
export const DuplicateDismissalListSchema = z.object({ items: z.array(DuplicateDismissalSchema) });
