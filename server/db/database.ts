import type { Kysely } from "kysely";

export type CentresTable = {
  id: string;
  name: string;
  district: string;
  created_at: string;
  updated_at: string;
  version: number;
};

export type CompaniesTable = {
  id: string;
  centre_id: string;
  name: string;
  district: string;
  created_at: string;
  updated_at: string;
  version: number;
};

export type UsersTable = {
  id: string;
  centre_id: string;
  company_id: string | null;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  active: number;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};

export type SessionsTable = {
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  idle_expires_at: string;
  absolute_expires_at: string;
  ip: string | null;
  user_agent: string | null;
};

export type LoginThrottleTable = {
  key: string;
  failures: number;
  window_started_at: string;
  blocked_until: string | null;
};

export type AuditLogTable = {
  id: string;
  at: string;
  user_id: string | null;
  user_email: string | null;
  role: string | null;
  centre_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  request_id: string | null;
  ip: string | null;
  details: string | null;
};

export type PersonsTable = {
  id: string;
  centre_id: string;
  family_name: string;
  given_names: string;
  name_latin: string | null;
  sort_name: string;
  search_text: string;
  family_key: string;
  birth_date: string;
  gender: string | null;
  nationality: string;
  languages: string;
  email: string | null;
  phone: string | null;
  district: string;
  arrival_date: string | null;
  education_level: string | null;
  qualifications: string;
  target_occupation: string | null;
  available_from: string | null;
  permit_type: string | null;
  permit_expires_on: string | null;
  fast_track_81a: number;
  recognition_occupation: string | null;
  recognition_body: string | null;
  recognition_status: string;
  recognition_deficits: string | null;
  recognition_measure: string | null;
  notes: string | null;
  open_case_id: string | null;
  open_case_status: string | null;
  open_case_advisor_id: string | null;
  open_case_concerns: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};

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

export type PersonNameTokensTable = {
  person_id: string;
  centre_id: string;
  token: string;
  sort_name: string;
  search_text: string;
};

export type Database = {
  centres: CentresTable;
  companies: CompaniesTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  audit_log: AuditLogTable;
  persons: PersonsTable;
  person_name_tokens: PersonNameTokensTable;
  person_consents: PersonConsentsTable;
  cases: CasesTable;
  case_activities: CaseActivitiesTable;
  tasks: TasksTable;
};

export type Db = Kysely<Database>;
/** A transaction is a Kysely instance too, so repositories take either. */
export type DbOrTx = Kysely<Database>;
export type Dialect = "sqlite" | "postgres";
