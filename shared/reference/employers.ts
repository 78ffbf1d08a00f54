import { z } from "zod";

export const sectors = [
  "craft",
  "care",
  "industry",
  "it",
  "hospitality",
  "logistics",
  "retail",
  "other",
] as const;
export const SectorSchema = z.enum(sectors);
export type Sector = z.infer<typeof SectorSchema>;
export const sectorNames: Record<Sector, string> = {
  craft: "Handwerk",
  care: "Pflege",
  industry: "Industrie",
  it: "IT",
  hospitality: "Gastronomie und Hotellerie",
  logistics: "Logistik",
  retail: "Handel",
  other: "Sonstiges",
};

export const chambers = ["ihk", "hwk", "other"] as const;
export const ChamberSchema = z.enum(chambers);
export type Chamber = z.infer<typeof ChamberSchema>;
export const chamberNames: Record<Chamber, string> = {
  ihk: "IHK",
  hwk: "Handwerkskammer",
  other: "Andere",
};

/** The size classes of Commission Recommendation 2003/361/EC; a company without one is "unknown". */
export const sizeBands = ["micro", "small", "medium", "large"] as const;
export const SizeBandSchema = z.enum(sizeBands);
export type SizeBand = z.infer<typeof SizeBandSchema>;

/** Micro, small and medium-sized enterprises: the ones ESF+ indicator EECO19 counts. */
export const isSme = (band: SizeBand | null): boolean => band !== null && band !== "large";

/** Art. 2 of the Annex to Recommendation 2003/361/EC: staff below the limit and turnover or balance sheet within it. */
const sizeCeilings = [
  { band: "micro", staffBelow: 10, turnover: 2_000_000, balanceSheet: 2_000_000 },
  { band: "small", staffBelow: 50, turnover: 10_000_000, balanceSheet: 10_000_000 },
  { band: "medium", staffBelow: 250, turnover: 50_000_000, balanceSheet: 43_000_000 },
] as const;

export type EnterpriseFigures = {
  /** Annual work units: full-time staff of the year, part-time and seasonal work as fractions. */
  staffHeadcount: number;
  annualTurnoverEur?: number | null;
  balanceSheetTotalEur?: number | null;
};

/**
 * The smallest class whose staff ceiling the enterprise stays below and whose turnover or balance sheet
 * ceiling it keeps (either is enough). Only both figures known and both above the ceiling disqualify, so with
 * the staff count alone the class is the staff class (decision 0043).
 */
export function sizeBandOf(figures: EnterpriseFigures): SizeBand {
  const turnover = figures.annualTurnoverEur ?? null;
  const balanceSheet = figures.balanceSheetTotalEur ?? null;
  const fits = sizeCeilings.find(
    (ceiling) =>
      figures.staffHeadcount < ceiling.staffBelow &&
      !(
        turnover !== null &&
        turnover > ceiling.turnover &&
        balanceSheet !== null &&
        balanceSheet > ceiling.balanceSheet
      ),
  );
  return fits?.band ?? "large";
}

export const sizeBandNames: Record<SizeBand, string> = {
  micro: "1–9 Beschäftigte",
  small: "10–49 Beschäftigte",
  medium: "50–249 Beschäftigte",
  large: "ab 250 Beschäftigte",
};

export const helpWantedKinds = ["recruiting_abroad", "recognition", "visa", "housing", "language"] as const;
export const HelpWantedSchema = z.enum(helpWantedKinds);
export type HelpWanted = z.infer<typeof HelpWantedSchema>;
export const helpWantedNames: Record<HelpWanted, string> = {
  recruiting_abroad: "Rekrutierung im Ausland",
  recognition: "Anerkennung",
  visa: "Visum und Aufenthalt",
  housing: "Wohnung",
  language: "Sprache",
};

export const inquiryStatuses = ["open", "served", "withdrawn"] as const;
export const InquiryStatusSchema = z.enum(inquiryStatuses);
export type InquiryStatus = z.infer<typeof InquiryStatusSchema>;

export const offerTypes = [
  "career_orientation_internship",
  "tth_internship",
  "apprenticeship",
  "job",
  "working_student",
] as const;
export const OfferTypeSchema = z.enum(offerTypes);
export type OfferType = z.infer<typeof OfferTypeSchema>;
export const offerTypeNames: Record<OfferType, string> = {
  career_orientation_internship: "Berufsorientierungspraktikum",
  tth_internship: "Praktikum „Talent trifft Handwerk“",
  apprenticeship: "Ausbildungsplatz",
  job: "Arbeitsstelle",
  working_student: "Werkstudentenstelle",
};

export const offerStatuses = ["draft", "open", "filled", "closed"] as const;
export const OfferStatusSchema = z.enum(offerStatuses);
export type OfferStatus = z.infer<typeof OfferStatusSchema>;
/**
 * Transitions an owner may ask for. `filled` is never asked for: the server sets it when the last
 * place is taken and sets `open` again when a taken place frees up.
 */
export const offerTransitions: Record<OfferStatus, readonly OfferStatus[]> = {
  draft: ["open", "closed"],
  open: ["closed"],
  filled: ["closed"],
  closed: ["open"],
};

export const placementStages = [
  "proposed",
  "interview",
  "accepted",
  "running",
  "completed",
  "declined",
  "cancelled",
] as const;
export const PlacementStageSchema = z.enum(placementStages);
export type PlacementStage = z.infer<typeof PlacementStageSchema>;
export const activePlacementStages = ["proposed", "interview", "accepted", "running"] as const;
/** From `accepted` on a placement holds one of the offer's places. */
export const placeTakingStages = [
  "accepted",
  "running",
  "completed",
] as const satisfies readonly PlacementStage[];
export const takesPlace = (stage: PlacementStage) => (placeTakingStages as readonly string[]).includes(stage);

export const placementTransitions: Record<PlacementStage, readonly PlacementStage[]> = {
  proposed: ["interview", "accepted", "declined", "cancelled"],
  interview: ["accepted", "declined", "cancelled"],
  accepted: ["running", "declined", "cancelled"],
  running: ["completed", "cancelled"],
  completed: [],
  declined: [],
  cancelled: [],
};
/** Which target stages each role may move to (on top of `placementTransitions`). */
export const placementStagesByRole = {
  employer: ["interview", "accepted", "declined", "running", "completed"],
  advisor: ["interview", "accepted", "declined", "running", "completed", "cancelled"],
} as const satisfies Record<string, readonly PlacementStage[]>;
/**
 * After the employer's Zusage an advisor may release the contact; the employer sees it in these stages
 * only once released (a decline or cancellation hides it again) and cannot move past `accepted` before.
 */
export const contactVisibleStages = [
  "accepted",
  "running",
  "completed",
] as const satisfies readonly PlacementStage[];
export const isContactStage = (stage: PlacementStage) =>
  (contactVisibleStages as readonly string[]).includes(stage);
/** Stages the employer reaches only after the release. */
export const stagesAfterRelease = ["running", "completed"] as const satisfies readonly PlacementStage[];

export const declineReasons = [
  "language_insufficient",
  "qualification_mismatch",
  "impression",
  "position_filled",
  "candidate_withdrew",
  "other",
] as const;
export const DeclineReasonSchema = z.enum(declineReasons);
export const cancelReasons = [
  "candidate_withdrew",
  "found_other_position",
  "moved_away",
  // "permit_issue": a residence-permit problem; stored and sent under this name (decision 0053).
  "permit_issue",
  "offer_closed",
  "other",
] as const;
export const CancelReasonSchema = z.enum(cancelReasons);
export const placementEndReasons = [...new Set([...declineReasons, ...cancelReasons])] as [
  (typeof declineReasons)[number] | (typeof cancelReasons)[number],
  ...((typeof declineReasons)[number] | (typeof cancelReasons)[number])[],
];
export const PlacementEndReasonSchema = z.enum(placementEndReasons);
export type PlacementEndReason = z.infer<typeof PlacementEndReasonSchema>;

export const sealStatuses = ["none", "applied", "certified", "revoked"] as const;
export const SealStatusSchema = z.enum(sealStatuses);
export type SealStatus = z.infer<typeof SealStatusSchema>;
export const sealWarnings = ["missing", "revoked", "expired"] as const;
export const SealWarningSchema = z.enum(sealWarnings);
export type SealWarning = z.infer<typeof SealWarningSchema>;
/** "Faire Anwerbung Pflege Deutschland" is awarded for two years. */
export const SEAL_VALIDITY_YEARS = 2;

/** Warning for an agency's seal on a given day: none certified, revoked, or certified but past its date. */
export function sealWarningOf(
  status: SealStatus,
  validUntil: string | null,
  today: string,
): SealWarning | null {
  if (status === "revoked") return "revoked";
  if (status !== "certified") return "missing";
  if (validUntil !== null && validUntil < today) return "expired";
  return null;
}

export const fundingSources = ["esf_plus", "state", "federal", "own", "other"] as const;
export const FundingSourceSchema = z.enum(fundingSources);
export type FundingSource = z.infer<typeof FundingSourceSchema>;
export const fundingSourceNames: Record<FundingSource, string> = {
  esf_plus: "ESF Plus",
  state: "Land Niedersachsen",
  federal: "Bund",
  own: "Eigenmittel",
  other: "Sonstige",
};

export const programmeKeys = [
  "talent_trifft_handwerk",
  "internationals_welcome",
  "betriebssprachtag",
  "bbs_language_support",
  "own",
] as const;
export const ProgrammeKeySchema = z.enum(programmeKeys);
export type ProgrammeKey = z.infer<typeof ProgrammeKeySchema>;
export const programmeKeyNames: Record<ProgrammeKey, string> = {
  talent_trifft_handwerk: "Talent trifft Handwerk",
  internationals_welcome: "Internationals Welcome",
  betriebssprachtag: "Betriebssprachtag",
  bbs_language_support: "Sprachförderung an berufsbildenden Schulen (BBS)",
  own: "Eigenes Programm",
};

export const enrolmentStatuses = ["active", "completed", "dropped_out"] as const;
export const EnrolmentStatusSchema = z.enum(enrolmentStatuses);
export type EnrolmentStatus = z.infer<typeof EnrolmentStatusSchema>;

export const esfEmploymentStatuses = [
  "employed",
  "self_employed",
  "unemployed",
  "long_term_unemployed",
  "inactive",
  "in_education",
] as const;
export const EsfEmploymentStatusSchema = z.enum(esfEmploymentStatuses);
export type EsfEmploymentStatus = z.infer<typeof EsfEmploymentStatusSchema>;
export const esfAgeBands = ["under_18", "18_29", "30_54", "55_plus"] as const;
export const EsfAgeBandSchema = z.enum(esfAgeBands);
export type EsfAgeBand = z.infer<typeof EsfAgeBandSchema>;
export const esfIscedBands = ["0-2", "3-4", "5-8"] as const;
export const EsfIscedBandSchema = z.enum(esfIscedBands);
export type EsfIscedBand = z.infer<typeof EsfIscedBandSchema>;
/** Sensitive ESF+ items are optional and always allow "no answer". */
export const esfSensitiveAnswers = ["yes", "no", "no_answer"] as const;
export const EsfSensitiveAnswerSchema = z.enum(esfSensitiveAnswers);
export type EsfSensitiveAnswer = z.infer<typeof EsfSensitiveAnswerSchema>;
