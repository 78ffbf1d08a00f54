/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
export type PlacementsTable = {
  id: string;
  /** The person's centre (which may differ from the offer's). */
  centre_id: string;
  offer_id: string;
  company_id: string;
  person_id: string;
  case_id: string | null;
  stage: string;
  end_reason: string | null;
  end_note: string | null;
  proposed_on: string;
  interview_on: string | null;
  accepted_on: string | null;
  started_on: string | null;
  completed_on: string | null;
  ended_on: string | null;
  employer_feedback: string | null;
  advisor_note: string | null;
  proposed_by: string | null;
  /** Set once an advisor released the person's name and contact to the company; kept after an end. */
  contact_released_at: string | null;
  contact_released_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};
