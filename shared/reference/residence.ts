import { z } from "zod";

export const residencePermitTypes = [
  "eu_free_movement",
  "s16a_vocational_training",
  "s16b_studies",
  "s16d_recognition",
  "s18a_skilled_vocational",
  "s18b_skilled_academic",
  "s18g_blue_card",
  "s19c_other_employment",
  "s20a_opportunity_card",
  "asylum_procedure",
  "duldung",
  "other",
] as const;
export const ResidencePermitTypeSchema = z.enum(residencePermitTypes);
export type ResidencePermitType = z.infer<typeof ResidencePermitTypeSchema>;

export const residencePermitTypeNames: Record<ResidencePermitType, string> = {
  eu_free_movement: "EU/EWR-Freizügigkeit",
  s16a_vocational_training: "§ 16a Berufsausbildung",
  s16b_studies: "§ 16b Studium",
  s16d_recognition: "§ 16d Anerkennungsmaßnahmen (inkl. Anerkennungspartnerschaft)",
  s18a_skilled_vocational: "§ 18a Fachkraft mit Berufsausbildung",
  s18b_skilled_academic: "§ 18b Fachkraft mit akademischer Ausbildung",
  s18g_blue_card: "§ 18g Blaue Karte EU",
  s19c_other_employment: "§ 19c Sonstige Beschäftigung",
  s20a_opportunity_card: "§ 20a/§ 20b Chancenkarte",
  asylum_procedure: "Asylverfahren / Aufenthaltsgestattung",
  duldung: "Duldung",
  other: "Sonstiges",
};

/** English names for the interface; the section of the Residence Act stays as the reference. */
export const residencePermitTypeNamesEn: Record<ResidencePermitType, string> = {
  eu_free_movement: "EU/EEA free movement",
  s16a_vocational_training: "§ 16a Vocational training",
  s16b_studies: "§ 16b Studies",
  s16d_recognition: "§ 16d Recognition measures (incl. recognition partnership)",
  s18a_skilled_vocational: "§ 18a Skilled worker with vocational training",
  s18b_skilled_academic: "§ 18b Skilled worker with academic education",
  s18g_blue_card: "§ 18g EU Blue Card",
  s19c_other_employment: "§ 19c Other employment",
  s20a_opportunity_card: "§ 20a/§ 20b Opportunity card",
  asylum_procedure: "Asylum procedure / permission to reside",
  duldung: "Duldung (temporary suspension of deportation)",
  other: "Other",
};

export const residencePermitTypeName = (type: ResidencePermitType, language: "de" | "en" = "de"): string =>
  (language === "en" ? residencePermitTypeNamesEn : residencePermitTypeNames)[type];

/** Permits that never expire in the sense of a date to watch. */
export const residencePermitsWithoutExpiry: readonly ResidencePermitType[] = ["eu_free_movement"];

export const recognitionStatuses = ["not_started", "applied", "full", "partial", "rejected"] as const;
export const RecognitionStatusSchema = z.enum(recognitionStatuses);
export type RecognitionStatus = z.infer<typeof RecognitionStatusSchema>;

export const recognitionStatusNames: Record<RecognitionStatus, string> = {
  not_started: "Nicht begonnen",
  applied: "Beantragt",
  full: "Volle Gleichwertigkeit",
  partial: "Teilweise Gleichwertigkeit",
  rejected: "Abgelehnt",
};

export const recognitionBodies = [
  "ihk_fosa",
  "hwk",
  "state_authority",
  "chamber_other",
  "zab",
  "other",
] as const;
export const RecognitionBodySchema = z.enum(recognitionBodies);
export type RecognitionBody = z.infer<typeof RecognitionBodySchema>;

export const recognitionBodyNames: Record<RecognitionBody, string> = {
  ihk_fosa: "IHK FOSA",
  hwk: "Handwerkskammer",
  state_authority: "Landesbehörde (z. B. NiZzA, Landesamt)",
  chamber_other: "Andere Kammer",
  zab: "ZAB (Zeugnisbewertung)",
  other: "Sonstige Stelle",
};
