/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
export type PersonConsentsTable = {
  id: string;
  centre_id: string;
  person_id: string;
  purpose: string;
  given_on: string;
  channel: string;
  notice_version: string;
  withdrawn_on: string | null;
  recorded_by: string;
  created_at: string;
};
