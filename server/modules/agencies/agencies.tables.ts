/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
export type AgenciesTable = {
  id: string;
  name: string;
  country: string;
  seal_status: string;
  seal_valid_until: string | null;
  website: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};

/** The recruitment agency a person came through (at most one). */
export type PersonAgenciesTable = {
  person_id: string;
  centre_id: string;
  agency_id: string;
  created_at: string;
};
