/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
export type IdempotencyKeysTable = {
  user_id: string;
  key: string;
  request: string;
  body_hash: string;
  status: number | null;
  response_body: string | null;
  created_at: string;
};
