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

export type Database = {
  centres: CentresTable;
  companies: CompaniesTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  audit_log: AuditLogTable;
};

export type Db = Kysely<Database>;
/** A transaction is a Kysely instance too, so repositories take either. */
export type DbOrTx = Kysely<Database>;
export type Dialect = "sqlite" | "postgres";
