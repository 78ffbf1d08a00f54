/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
export type CasesTable = {
  id: string;
  centre_id: string;
  person_id: string;
  status: string;
  concerns: string;
  source_channel: string;
  advisor_id: string | null;
  outcome: string | null;
  opened_on: string;
  closed_on: string | null;
  last_activity_on: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};

export type CaseActivitiesTable = {
  id: string;
  centre_id: string;
  case_id: string;
  type: string;
  occurred_on: string;
  duration_minutes: number | null;
  text: string;
  author_id: string;
  created_at: string;
  updated_at: string;
  version: number;
};
