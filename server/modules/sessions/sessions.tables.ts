import type { Generated } from "kysely";

/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
export type SessionsTable = {
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  idle_expires_at: string;
  absolute_expires_at: string;
  ip: string | null;
  user_agent: string | null;
  second_factor_pending: Generated<number>;
};

export type LoginThrottleTable = {
  key: string;
  failures: number;
  window_started_at: string;
  blocked_until: string | null;
};
