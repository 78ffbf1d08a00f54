/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
export type RecoveryCodesTable = {
  id: string;
  user_id: string;
  code_hash: string;
  used_at: string | null;
};
