/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
export type StatsCellKeyTable = { id: string; secret: string; created_at: string };
