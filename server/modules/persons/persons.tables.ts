import type { Generated } from "kysely";

/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
export type PersonsTable = {
  id: string;
  centre_id: string;
  family_name: string;
  given_names: string;
  name_latin: string | null;
  sort_name: string;
  search_text: string;
  family_key: string;
  birth_date: string;
  gender: string | null;
  nationality: string;
  languages: string;
  email: string | null;
  phone: string | null;
  district: string;
  arrival_date: string | null;
  education_level: string | null;
  qualifications: string;
  target_occupation: string | null;
  available_from: string | null;
  // permit_type / permit_expires_on: the residence permit; the columns keep their names (decision 0053).
  permit_type: string | null;
  permit_expires_on: string | null;
  fast_track_81a: number;
  recognition_occupation: string | null;
  recognition_body: string | null;
  recognition_status: string;
  recognition_deficits: string | null;
  recognition_measure: string | null;
  notes: string | null;
  open_case_id: string | null;
  open_case_status: string | null;
  open_case_advisor_id: string | null;
  open_case_concerns: string | null;
  /** Denormalized by the case services: earliest opening day of the person's cases (null without one). */
  support_from: string | null;
  /** Latest closing day of the person's cases; null while a case is not closed (or without a case). */
  support_until: string | null;
  /** Denormalized by the language service: CurrentLevels JSON for German, headline level, gap flag. */
  german_levels: string | null;
  german_level: string | null;
  certificate_gap: number;
  /** Set once by the anonymisation (Art. 17); afterwards nothing identifies the person and nothing changes. */
  anonymised_at: Generated<string | null>;
  /** The id the person had in the spreadsheet they were imported from (upsert key of re-imports). */
  external_id: Generated<string | null>;
  /** Set on the anonymised record a centre keeps of a person it handed to another centre (decision 0041). */
  transferred_at: Generated<string | null>;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};

export type PersonNameTokensTable = {
  person_id: string;
  centre_id: string;
  token: string;
  sort_name: string;
  search_text: string;
};

export type DuplicateDismissalsTable = {
  id: string;
  centre_id: string;
  /** The smaller of the two ids. */
  first_person_id: string;
  second_person_id: string;
  dismissed_by: string | null;
  dismissed_at: string;
};
