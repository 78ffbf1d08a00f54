/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
export type InquiriesTable = {
  id: string;
  centre_id: string;
  company_id: string;
  district: string;
  occupation: string;
  people_count: number;
  german_level: string | null;
  start_on: string | null;
  /** JSON list of HelpWanted. */
  help_wanted: string;
  status: string;
  received_on: string;
  notes: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};
