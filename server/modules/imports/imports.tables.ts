/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
export type ImportRunsTable = {
  id: string;
  centre_id: string;
  kind: string;
  format: string;
  file_name: string;
  key_field: string;
  /** "writing" while the chunks go in, then "done" or "failed" (the chunks written were undone). */
  status: string;
  rows_total: number;
  rows_done: number;
  created_count: number;
  updated_count: number;
  skipped_count: number;
  started_by: string | null;
  started_at: string;
  finished_at: string | null;
};
