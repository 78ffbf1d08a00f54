import type { Kysely } from "kysely";

export type CentresTable = {
  id: string;
  name: string;
  district: string;
  second_factor_required?: number;
  retention_years?: number;
  created_at: string;
  updated_at: string;
  version: number;
};

export type CompaniesTable = {
  id: string;
  centre_id: string;
  name: string;
  district: string;
  sector: string;
  chamber: string | null;
  size_band: string | null;
  /** JSON list of CompanyContact. */
  contacts: string;
  notes: string | null;
  agency_id: string | null;
  /** Folded lower-case name for search ("Müller" = "Mueller" = "Muller"). */
  name_folded: string;
  /** The id the company had in the spreadsheet it was imported from. */
  external_id?: string | null;
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
  second_factor_secret?: string | null;
  second_factor_pending_secret?: string | null;
  second_factor_last_step?: number | null;
  password_change_required?: number;
  grant_pending?: number;
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
  second_factor_pending?: number;
};

export type RecoveryCodesTable = {
  id: string;
  user_id: string;
  code_hash: string;
  used_at: string | null;
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

export type AuditPersonsTable = {
  person_id: string;
  audit_id: string;
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
  /** Denormalized by the case services: earliest opening day of the person's cases (null without one). */
  support_from: string | null;
  /** Latest closing day of the person's cases; null while a case is not closed (or without a case). */
  support_until: string | null;
  /** Denormalized by the language service: CurrentLevels JSON for German, headline level, gap flag. */
  german_levels: string | null;
  german_level: string | null;
  certificate_gap: number;
  /** Set once by the anonymisation (Art. 17); afterwards nothing identifies the person and nothing changes. */
  anonymised_at?: string | null;
  /** The id the person had in the spreadsheet they were imported from (upsert key of re-imports). */
  external_id?: string | null;
  /** Set on the anonymised record a centre keeps of a person it handed to another centre (decision 0041). */
  transferred_at?: string | null;
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

export type IdempotencyKeysTable = {
  user_id: string;
  key: string;
  request: string;
  body_hash: string;
  status: number | null;
  response_body: string | null;
  created_at: string;
};

export type LanguageEntriesTable = {
  id: string;
  centre_id: string;
  person_id: string;
  language: string;
  source: string;
  date: string;
  listening: string | null;
  reading: string | null;
  writing: string | null;
  speaking: string | null;
  overall: string | null;
  provider: string | null;
  certificate_number: string | null;
  assessor_type: string | null;
  assessor_name: string | null;
  note: string | null;
  company_id: string | null;
  company_name: string | null;
  session_id: string | null;
  recorded_by: string;
  created_at: string;
  updated_at: string;
  version: number;
};

export type AgenciesTable = {
  id: string;
  name: string;
  country: string;
  seal_status: string;
  seal_valid_until: string | null;
  website: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};

/** The recruitment agency a person came through (at most one). */
export type PersonAgenciesTable = {
  person_id: string;
  centre_id: string;
  agency_id: string;
  created_at: string;
};

export type InquiriesTable = {
  id: string;
  centre_id: string;
  company_id: string;
  district: string;
  occupation: string;
  people_count: number;
  german_level: string | null;
  start_on: string | null;
  /** JSON list of HelpWanted. */
  help_wanted: string;
  status: string;
  received_on: string;
  notes: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};

export type ProgrammesTable = {
  id: string;
  /** null = regional catalogue. */
  centre_id: string | null;
  key: string;
  name: string;
  description: string | null;
  funding_source: string;
  esf_project_number: string | null;
  starts_on: string;
  ends_on: string | null;
  /** ESF+: participants are kept until this day (legal hold); null = not yet known, so kept. */
  keep_until?: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};

export type EnrolmentsTable = {
  id: string;
  centre_id: string;
  programme_id: string;
  person_id: string;
  status: string;
  entered_on: string;
  exited_on: string | null;
  /** JSON EsfEntry. */
  esf_entry: string | null;
  /** JSON EsfResult. */
  esf_result: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};

export type EsfParticipantsTable = {
  enrolment_id: string;
  centre_id: string;
  person_id: string;
  employment_status: string | null;
  birth_date: string | null;
  isced_level: string | null;
  gender: string | null;
  nationality: string | null;
  foreign_background: number | null;
  /** Official key (AGS) of the municipality of residence at entry; rural_area follows from it where known. */
  municipality?: string | null;
  rural_area: number | null;
  disability: string;
  minority: string;
  homeless: string;
  confirmed_at: string | null;
  confirmed_by: string | null;
  /** JSON EsfImmediateResult. */
  immediate_result: string | null;
  /** JSON EsfLongTermResult. */
  long_term_result: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};

export type OffersTable = {
  id: string;
  /** The owning company's centre. */
  centre_id: string;
  company_id: string;
  type: string;
  title: string;
  occupation: string;
  district: string;
  starts_on: string | null;
  ends_on: string | null;
  places: number;
  places_taken: number;
  /** JSON LanguageRequirement. */
  language_requirement: string;
  programme_id: string | null;
  description: string | null;
  status: string;
  opened_on: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};

export type PlacementsTable = {
  id: string;
  /** The person's centre (which may differ from the offer's). */
  centre_id: string;
  offer_id: string;
  company_id: string;
  person_id: string;
  case_id: string | null;
  stage: string;
  end_reason: string | null;
  end_note: string | null;
  proposed_on: string;
  interview_on: string | null;
  accepted_on: string | null;
  started_on: string | null;
  completed_on: string | null;
  ended_on: string | null;
  employer_feedback: string | null;
  advisor_note: string | null;
  proposed_by: string | null;
  /** Set once an advisor released the person's name and contact to the company; kept after an end. */
  contact_released_at: string | null;
  contact_released_by: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};

export type StatsCellKeyTable = { id: string; secret: string; created_at: string };

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

export type DocumentsTable = {
  id: string;
  centre_id: string;
  person_id: string;
  /** `pending` while the chunks stream in, `ready` once the upload passed every check. */
  status: string;
  type: string;
  file_name: string;
  content_type: string | null;
  size_bytes: number;
  sha256: string | null;
  valid_until: string | null;
  note: string | null;
  uploaded_by: string | null;
  created_at: string;
};

export type DocumentChunksTable = {
  document_id: string;
  seq: number;
  data: Uint8Array;
};

/** A document shared with the company of one placement (decision 0044). */
export type DocumentSharesTable = {
  id: string;
  centre_id: string;
  document_id: string;
  placement_id: string;
  shared_by: string | null;
  shared_at: string;
};

/** The server-made preview of an image document, made on first request. */
export type DocumentPreviewsTable = {
  document_id: string;
  content_type: string;
  data: Uint8Array;
  created_at: string;
};

export type AppointmentsTable = {
  id: string;
  centre_id: string;
  person_id: string;
  advisor_id: string;
  placement_id: string | null;
  type: string;
  title: string | null;
  location: string | null;
  online: number;
  starts_at: string;
  ends_at: string;
  cancelled_at: string | null;
  created_at: string;
  updated_at: string;
  version: number;
};

/** An offer of a person to another centre; seen by both, so it has no single `centre_id` (decision 0041). */
export type PersonTransfersTable = {
  id: string;
  person_id: string;
  from_centre_id: string;
  to_centre_id: string;
  status: string;
  case_id: string | null;
  consent_id: string;
  /** JSON TransferPreview while pending; null once decided. */
  preview: string | null;
  offered_by: string;
  offered_at: string;
  decided_by: string | null;
  decided_at: string | null;
  /** The anonymised record the giving centre keeps once the person moved. */
  kept_person_id: string | null;
  version: number;
};

/** A person merged into another: the old id answers with a pointer to the survivor. */
export type PersonMergesTable = {
  merged_id: string;
  centre_id: string;
  survivor_id: string;
  merged_by: string;
  merged_at: string;
};

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

export type DuplicateDismissalsTable = {
  id: string;
  centre_id: string;
  /** The smaller of the two ids. */
  first_person_id: string;
  second_person_id: string;
  dismissed_by: string | null;
  dismissed_at: string;
};

export type CalendarFeedTokensTable = {
  user_id: string;
  token_hash: string;
  created_at: string;
  last_fetched_at: string | null;
};

export type MailOutboxTable = {
  id: string;
  /** The recipient's centre: its admin reads the outbox. */
  centre_id: string;
  kind: string;
  /** One mail per kind, recipient and occasion: the insert that claims it is what keeps a retry from sending twice. */
  dedupe_key: string;
  /** `user:<id>` or `person:<id>`, what an unsubscribe names. */
  recipient_key: string;
  to_address: string;
  language: string;
  subject: string;
  text_body: string;
  html_body: string;
  /** JSON list of the persons the mail concerns, named by its audit entry. */
  person_ids: string;
  /** `queued` → `sending` → `sent` | `failed`; `held` where no SMTP server is configured. */
  status: string;
  created_at: string;
  sent_at: string | null;
  error: string | null;
};

export type MailUnsubscribesTable = { recipient_key: string; kind: string; unsubscribed_at: string };

export type MailSettingsTable = { user_id: string; language: string; updated_at: string };

export type Database = {
  centres: CentresTable;
  companies: CompaniesTable;
  users: UsersTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  recovery_codes: RecoveryCodesTable;
  staff_requests: StaffRequestsTable;
  audit_log: AuditLogTable;
  audit_persons: AuditPersonsTable;
  persons: PersonsTable;
  person_name_tokens: PersonNameTokensTable;
  person_consents: PersonConsentsTable;
  cases: CasesTable;
  case_activities: CaseActivitiesTable;
  tasks: TasksTable;
  language_entries: LanguageEntriesTable;
  idempotency_keys: IdempotencyKeysTable;
  agencies: AgenciesTable;
  person_agencies: PersonAgenciesTable;
  inquiries: InquiriesTable;
  programmes: ProgrammesTable;
  enrolments: EnrolmentsTable;
  esf_participants: EsfParticipantsTable;
  offers: OffersTable;
  placements: PlacementsTable;
  stats_cell_key: StatsCellKeyTable;
  job_runs: JobRunsTable;
  retention_postponements: RetentionPostponementsTable;
  retention_anonymisations: RetentionAnonymisationsTable;
  documents: DocumentsTable;
  document_chunks: DocumentChunksTable;
  document_shares: DocumentSharesTable;
  document_previews: DocumentPreviewsTable;
  appointments: AppointmentsTable;
  calendar_feed_tokens: CalendarFeedTokensTable;
  person_transfers: PersonTransfersTable;
  person_merges: PersonMergesTable;
  mail_outbox: MailOutboxTable;
  mail_unsubscribes: MailUnsubscribesTable;
  mail_settings: MailSettingsTable;
  import_runs: ImportRunsTable;
  duplicate_dismissals: DuplicateDismissalsTable;
};

export type Db = Kysely<Database>;
/** A transaction is a Kysely instance too, so repositories take either. */
export type DbOrTx = Kysely<Database>;
export type Dialect = "sqlite" | "postgres";
