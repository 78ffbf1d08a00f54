import type { Kysely } from "kysely";
import type { JobRunsTable } from "../jobs/jobs.tables.ts";
import type { AgenciesTable, PersonAgenciesTable } from "../modules/agencies/agencies.tables.ts";
import type {
  AppointmentsTable,
  CalendarFeedTokensTable,
} from "../modules/appointments/appointments.tables.ts";
import type { AuditLogTable, AuditPersonsTable } from "../modules/audit/audit.tables.ts";
import type { CaseActivitiesTable, CasesTable } from "../modules/cases/cases.tables.ts";
import type { CentresTable } from "../modules/centres/centres.tables.ts";
import type { CompaniesTable } from "../modules/companies/companies.tables.ts";
import type { PersonConsentsTable } from "../modules/consents/consents.tables.ts";
import type {
  DocumentChunksTable,
  DocumentPreviewsTable,
  DocumentSharesTable,
  DocumentsTable,
} from "../modules/documents/documents.tables.ts";
import type { EsfParticipantsTable } from "../modules/esf/esf.tables.ts";
import type { IdempotencyKeysTable } from "../modules/idempotency/idempotency.tables.ts";
import type { ImportRunsTable } from "../modules/imports/imports.tables.ts";
import type { InquiriesTable } from "../modules/inquiries/inquiries.tables.ts";
import type { LanguageEntriesTable } from "../modules/language/language.tables.ts";
import type {
  MailOutboxTable,
  MailSettingsTable,
  MailUnsubscribesTable,
} from "../modules/mail/mail.tables.ts";
import type { OffersTable } from "../modules/offers/offers.tables.ts";
import type { PersonMergesTable } from "../modules/person-merge/person-merge.tables.ts";
import type {
  DuplicateDismissalsTable,
  PersonNameTokensTable,
  PersonsTable,
} from "../modules/persons/persons.tables.ts";
import type { PlacementsTable } from "../modules/placements/placements.tables.ts";
import type { EnrolmentsTable, ProgrammesTable } from "../modules/programmes/programmes.tables.ts";
import type {
  RetentionAnonymisationsTable,
  RetentionPostponementsTable,
} from "../modules/retention/retention.tables.ts";
import type { RecoveryCodesTable } from "../modules/second-factor/second-factor.tables.ts";
import type { LoginThrottleTable, SessionsTable } from "../modules/sessions/sessions.tables.ts";
import type { StatsCellKeyTable } from "../modules/stats/stats.tables.ts";
import type { TasksTable } from "../modules/tasks/tasks.tables.ts";
import type { PersonTransfersTable } from "../modules/transfers/transfers.tables.ts";
import type { StaffRequestsTable, UsersTable } from "../modules/users/users.tables.ts";

/** The table types live with the module that owns each table; re-exported here for the database type. */
export type {
  AgenciesTable,
  AppointmentsTable,
  AuditLogTable,
  AuditPersonsTable,
  CalendarFeedTokensTable,
  CaseActivitiesTable,
  CasesTable,
  CentresTable,
  CompaniesTable,
  DocumentChunksTable,
  DocumentPreviewsTable,
  DocumentSharesTable,
  DocumentsTable,
  DuplicateDismissalsTable,
  EnrolmentsTable,
  EsfParticipantsTable,
  IdempotencyKeysTable,
  ImportRunsTable,
  InquiriesTable,
  JobRunsTable,
  LanguageEntriesTable,
  LoginThrottleTable,
  MailOutboxTable,
  MailSettingsTable,
  MailUnsubscribesTable,
  OffersTable,
  PersonAgenciesTable,
  PersonConsentsTable,
  PersonMergesTable,
  PersonNameTokensTable,
  PersonsTable,
  PersonTransfersTable,
  PlacementsTable,
  ProgrammesTable,
  RecoveryCodesTable,
  RetentionAnonymisationsTable,
  RetentionPostponementsTable,
  SessionsTable,
  StaffRequestsTable,
  StatsCellKeyTable,
  TasksTable,
  UsersTable,
};

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
