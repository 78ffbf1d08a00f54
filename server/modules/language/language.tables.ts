/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
export type LanguageEntriesTable = {
  id: string;
  centre_id: string;
  person_id: string;
  language: string;
  source: string;
  date: string;
  listening: string | null;
  reading: string | null;
  writing: string | null;
  speaking: string | null;
  overall: string | null;
  provider: string | null;
  certificate_number: string | null;
  assessor_type: string | null;
  assessor_name: string | null;
  note: string | null;
  company_id: string | null;
  company_name: string | null;
  session_id: string | null;
  recorded_by: string;
  created_at: string;
  updated_at: string;
  version: number;
};
