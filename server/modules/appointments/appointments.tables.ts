/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
export type AppointmentsTable = {
  id: string;
  centre_id: string;
  person_id: string;
  advisor_id: string;
  placement_id: string | null;
  type: string;
  title: string | null;
  location: string | null;
  online: number;
  starts_at: string;
  ends_at: string;
  cancelled_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};

export type CalendarFeedTokensTable = {
  user_id: string;
  token_hash: string;
  created_at: string;
  last_fetched_at: string | null;
};
