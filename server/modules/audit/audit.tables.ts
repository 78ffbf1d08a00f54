/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
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
