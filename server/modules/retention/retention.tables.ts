/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
export type RetentionPostponementsTable = {
  person_id: string;
  centre_id: string;
  due_on: string;
  reason: string;
  postponed_by: string;
  postponed_at: string;
};

export type RetentionAnonymisationsTable = {
  person_id: string;
  centre_id: string;
  job_run_id: string | null;
  anonymised_at: string;
};
