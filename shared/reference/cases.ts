import { z } from "zod";

export const caseStatuses = ["new", "active", "on_hold", "closed"] as const;
export const CaseStatusSchema = z.enum(caseStatuses);
export type CaseStatus = z.infer<typeof CaseStatusSchema>;
export const openCaseStatuses = ["new", "active", "on_hold"] as const satisfies readonly CaseStatus[];

/** The workflow: new → active ↔ on_hold → closed. Reopening a closed case is a separate, explicit action. */
export const caseTransitions: Record<CaseStatus, readonly CaseStatus[]> = {
  new: ["active"],
  active: ["on_hold", "closed"],
  on_hold: ["active", "closed"],
  closed: [],
};

export const concerns = [
  "job_search",
  "apprenticeship",
  "recognition",
  "residence",
  "language",
  "studies_to_work",
  "family",
] as const;
export const ConcernSchema = z.enum(concerns);
export type Concern = z.infer<typeof ConcernSchema>;

export const sourceChannels = ["walk_in", "employer", "agency", "university", "online", "authority"] as const;
export const SourceChannelSchema = z.enum(sourceChannels);
export type SourceChannel = z.infer<typeof SourceChannelSchema>;

export const caseOutcomes = [
  "employment",
  "apprenticeship",
  "internship_completed",
  "further_education",
  "moved_away",
  "no_contact",
  "other",
] as const;
export const CaseOutcomeSchema = z.enum(caseOutcomes);
export type CaseOutcome = z.infer<typeof CaseOutcomeSchema>;

export const activityTypes = [
  "consultation",
  "phone",
  "email",
  "referral",
  "document_check",
  "note",
] as const;
export const ActivityTypeSchema = z.enum(activityTypes);
export type ActivityType = z.infer<typeof ActivityTypeSchema>;

export const consentPurposes = [
  "counselling",
  "employer_sharing",
  "authority_referral",
  "esf_reporting",
  "centre_transfer",
] as const;
export const ConsentPurposeSchema = z.enum(consentPurposes);
export type ConsentPurpose = z.infer<typeof ConsentPurposeSchema>;

/**
 * ESF+ participant data is collected because the funding regulation requires it (Art. 6(1)(c)/(e) GDPR),
 * not on consent (decision 0025): `esf_reporting` consents recorded earlier stay readable, none are taken.
 */
export const consentPurposesOnLegalBasis = ["esf_reporting"] as const satisfies readonly ConsentPurpose[];
export const offeredConsentPurposes = consentPurposes.filter(
  (purpose) => !(consentPurposesOnLegalBasis as readonly string[]).includes(purpose),
);

/** The consent an activity needs before it may be recorded: a referral passes data to an authority. */
export const consentForActivity: Partial<Record<ActivityType, ConsentPurpose>> = {
  referral: "authority_referral",
};

export const consentChannels = ["in_person", "paper", "email", "online", "phone"] as const;
export const ConsentChannelSchema = z.enum(consentChannels);

/** A permit expiring within this many days raises a task and a flag. */
export const RESIDENCE_PERMIT_WARNING_DAYS = 90;
/** A case without activity for this many days shows on the advisor's home. */
export const STALE_CASE_DAYS = 30;
