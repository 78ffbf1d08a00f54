import { z } from "zod";
import { say } from "../api/issue-messages.ts";
import { CursorSchema, pageOf } from "../api/pagination.ts";
import { DistrictSchema } from "../reference/districts.ts";
import { ChamberSchema, SectorSchema, SizeBandSchema } from "../reference/employers.ts";
import { AgencySummarySchema } from "./agency.ts";
import {
  EmailAddressSchema,
  IdSchema,
  InstantSchema,
  multiLineText,
  singleLineText,
  VersionSchema,
} from "./common.ts";

export const CompanySummarySchema = z.object({
  id: IdSchema,
  name: z.string(),
  district: DistrictSchema,
});
export type CompanySummary = z.infer<typeof CompanySummarySchema>;

export const CompanySummaryListSchema = z.object({ items: z.array(CompanySummarySchema) });

const OptionalText = (max: number, text = singleLineText) =>
  text()
    .max(max, { error: say("max_chars", { count: max }) })
    .nullable();

export const CompanyContactSchema = z.strictObject({
  name: singleLineText()
    .min(1, { error: say("required") })
    .max(100, { error: say("max_chars", { count: 100 }) }),
  function: OptionalText(100).default(null),
  email: EmailAddressSchema.nullable().default(null),
  phone: singleLineText()
    .regex(/^\+?[0-9 ()/-]{5,30}$/, { error: say("phone_format") })
    .nullable()
    .default(null),
});
export type CompanyContact = z.infer<typeof CompanyContactSchema>;

const companyFieldShape = {
  name: singleLineText()
    .min(1, { error: say("required") })
    .max(200, { error: say("max_chars", { count: 200 }) }),
  sector: SectorSchema,
  chamber: ChamberSchema.nullable(),
  district: DistrictSchema,
  sizeBand: SizeBandSchema.nullable(),
  contacts: z.array(CompanyContactSchema).max(20, { error: say("too_many_contacts", { count: 20 }) }),
  notes: OptionalText(5000, multiLineText),
  agencyId: IdSchema.nullable(),
};

export const CompanyCreateSchema = z.strictObject({
  ...companyFieldShape,
  sector: companyFieldShape.sector.default("other"),
  chamber: companyFieldShape.chamber.default(null),
  sizeBand: companyFieldShape.sizeBand.default(null),
  contacts: companyFieldShape.contacts.default([]),
  notes: companyFieldShape.notes.default(null),
  agencyId: companyFieldShape.agencyId.default(null),
});
export type CompanyCreate = z.infer<typeof CompanyCreateSchema>;

/** Advisors may change every field; employers only the profile fields (not `notes`, not `agencyId`). */
export const CompanyUpdateSchema = z
  .strictObject({ version: VersionSchema, ...z.strictObject(companyFieldShape).partial().shape })
  .refine((value) => Object.keys(value).length > 1, { error: say("nothing_to_change"), path: ["version"] });
export type CompanyUpdate = z.infer<typeof CompanyUpdateSchema>;
export const employerEditableCompanyFields = [
  "name",
  "sector",
  "chamber",
  "district",
  "sizeBand",
  "contacts",
] as const;

export const CompanyEmployerUserSchema = z.object({ id: IdSchema, name: z.string(), email: z.string() });

/** The advisor's view of a company. */
export const CompanySchema = z.object({
  id: IdSchema,
  centreId: IdSchema,
  name: z.string(),
  sector: SectorSchema,
  chamber: ChamberSchema.nullable(),
  district: DistrictSchema,
  sizeBand: SizeBandSchema.nullable(),
  contacts: z.array(CompanyContactSchema),
  notes: z.string().nullable(),
  agencyId: IdSchema.nullable(),
  agency: AgencySummarySchema.nullable(),
  employerUsers: z.array(CompanyEmployerUserSchema),
  openOffers: z.number().int(),
  openInquiries: z.number().int(),
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  version: VersionSchema,
});
export type Company = z.infer<typeof CompanySchema>;

/** The employer's view of their own company: no advisor notes, no agency. */
export const CompanyProfileSchema = z.object({
  id: IdSchema,
  name: z.string(),
  sector: SectorSchema,
  chamber: ChamberSchema.nullable(),
  district: DistrictSchema,
  sizeBand: SizeBandSchema.nullable(),
  contacts: z.array(CompanyContactSchema),
  version: VersionSchema,
});
export type CompanyProfile = z.infer<typeof CompanyProfileSchema>;

export const CompanyListItemSchema = z.object({
  id: IdSchema,
  name: z.string(),
  sector: SectorSchema,
  chamber: ChamberSchema.nullable(),
  district: DistrictSchema,
  sizeBand: SizeBandSchema.nullable(),
  sealWarning: AgencySummarySchema.shape.sealWarning,
});
export type CompanyListItem = z.infer<typeof CompanyListItemSchema>;

export const CompanyListQuerySchema = z.strictObject({
  q: singleLineText().max(100).optional(),
  sector: SectorSchema.optional(),
  district: DistrictSchema.optional(),
  cursor: CursorSchema,
  limit: z.coerce.number().int().min(1).max(200).default(100),
});
export type CompanyListQuery = z.infer<typeof CompanyListQuerySchema>;

export const CompanyPageSchema = pageOf(CompanyListItemSchema);
