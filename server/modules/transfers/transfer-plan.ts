import type { Database } from "../../db/database.ts";

/**
 * What happens to each table's rows when a person moves to another centre (decision 0041). A `Record` over
 * every table, and a test compares it with the migrated schema: a new table is a decision to make here.
 */
export type TransferFate =
  /** The rows go to the receiving centre with the person. */
  | "moves"
  /** The rows stay with the giving centre, linked to the anonymised record it keeps. */
  | "stays"
  /** The rows follow the case they belong to: the open case moves, closed cases stay. */
  | "follows-case"
  /** Nothing in the table is about one person. */
  | "no-person";

export const transferPlan = {
  persons: "moves",
  person_name_tokens: "moves",
  person_consents: "moves",
  person_agencies: "moves",
  language_entries: "moves",
  documents: "moves",
  document_chunks: "moves",
  cases: "follows-case",
  case_activities: "follows-case",
  tasks: "follows-case",
  placements: "stays",
  enrolments: "stays",
  esf_participants: "stays",
  appointments: "stays",
  retention_postponements: "stays",
  /** Pointers from merged ids to the survivor: the merged ids stay the giving centre's. */
  person_merges: "stays",
  /** Previews belong to their document, which moves with the person. */
  document_previews: "moves",
  /** Shares are for a placement, and placements stay with the giving centre. */
  document_shares: "stays",
  /** Sent mails are the giving centre's record of what it sent (erasure blanks them). */
  mail_outbox: "stays",
  /** Keyed by the person's id, which the transfer keeps, and by no centre: an unsubscribe goes with the person. */
  mail_unsubscribes: "moves",
  /** Per staff user. */
  mail_settings: "no-person",
  retention_anonymisations: "stays",
  /** "Kein Duplikat" marks are the giving centre's judgement of two of its records; the mark stays with them. */
  duplicate_dismissals: "stays",
  /** The centre's import history: counts and a file name, no person's data. */
  import_runs: "no-person",
  audit_log: "stays",
  audit_persons: "stays",
  person_transfers: "stays",
  centres: "no-person",
  companies: "no-person",
  users: "no-person",
  sessions: "no-person",
  login_throttle: "no-person",
  recovery_codes: "no-person",
  staff_requests: "no-person",
  idempotency_keys: "no-person",
  agencies: "no-person",
  inquiries: "no-person",
  programmes: "no-person",
  offers: "no-person",
  stats_cell_key: "no-person",
  job_runs: "no-person",
  calendar_feed_tokens: "no-person",
} as const satisfies Record<keyof Database, TransferFate>;
