import type { Generated } from "kysely";

/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
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
  keep_until: Generated<string | null>;
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
