/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
/** A person merged into another: the old id answers with a pointer to the survivor. */
export type PersonMergesTable = {
  merged_id: string;
  centre_id: string;
  survivor_id: string;
  merged_by: string;
  merged_at: string;
};
