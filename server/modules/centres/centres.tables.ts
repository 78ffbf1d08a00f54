import type { Generated } from "kysely";

/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
export type CentresTable = {
  id: string;
  name: string;
  district: string;
  second_factor_required: Generated<number>;
  retention_years: Generated<number>;
  created_at: string;
  updated_at: string;
  version: number;
};
