/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
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
