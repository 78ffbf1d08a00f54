import type { Generated } from "kysely";

/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
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
  second_factor_secret: Generated<string | null>;
  second_factor_pending_secret: Generated<string | null>;
  second_factor_last_step: Generated<number | null>;
  password_change_required: Generated<number>;
  grant_pending: Generated<number>;
  created_at: string;
  updated_at: string;
  version: number;
};

export type StaffRequestsTable = {
  id: string;
  centre_id: string;
  kind: string;
  user_id: string;
  role: string | null;
  status: string;
  requested_by: string;
  requested_at: string;
  decided_by: string | null;
  decided_at: string | null;
};
