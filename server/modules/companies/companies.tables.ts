import type { Generated } from "kysely";

/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
export type CompaniesTable = {
  id: string;
  centre_id: string;
  name: string;
  district: string;
  sector: string;
  chamber: string | null;
  size_band: string | null;
  /** JSON list of CompanyContact. */
  contacts: string;
  notes: string | null;
  agency_id: string | null;
  /** Folded lower-case name for search ("Müller" = "Mueller" = "Muller"). */
  name_folded: string;
  /** The id the company had in the spreadsheet it was imported from. */
  external_id: Generated<string | null>;
  created_at: string;
  updated_at: string;
  version: number;
};
