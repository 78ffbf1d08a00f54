/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
export type OffersTable = {
  id: string;
  /** The owning company's centre. */
  centre_id: string;
  company_id: string;
  type: string;
  title: string;
  occupation: string;
  district: string;
  starts_on: string | null;
  ends_on: string | null;
  places: number;
  places_taken: number;
  /** JSON LanguageRequirement. */
  language_requirement: string;
  programme_id: string | null;
  description: string | null;
  status: string;
  opened_on: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};
