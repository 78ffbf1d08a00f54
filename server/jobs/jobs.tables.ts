/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
export type JobRunsTable = {
  id: string;
  job: string;
  run_key: string;
  status: string;
  instance_id: string;
  attempts: number;
  started_at: string;
  lease_until: string;
  finished_at: string | null;
  /** JSON of what the run did (counts, never names). */
  outcome: string | null;
  error: string | null;
};
