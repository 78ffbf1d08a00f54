/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
export type TasksTable = {
  id: string;
  centre_id: string;
  case_id: string;
  person_id: string;
  title: string;
  due_on: string;
  assignee_id: string;
  done_at: string | null;
  auto_key: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};
