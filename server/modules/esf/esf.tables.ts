import type { Generated } from "kysely";

/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
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
  municipality: Generated<string | null>;
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
