import type { Selectable } from "kysely";
import type { SealStatus } from "#shared/reference/employers.ts";
import { sealWarningOf } from "#shared/reference/employers.ts";
import type { Agency, AgencySummary } from "#shared/schemas/agency.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import type { AgenciesTable } from "../../db/database.ts";
import type { AgencyRow } from "./agencies.repository.ts";

type SummaryColumns = Pick<
  Selectable<AgenciesTable>,
  "id" | "name" | "country" | "seal_status" | "seal_valid_until"
>;

export const toAgencySummary = (row: SummaryColumns, today = todayInBerlin()): AgencySummary => ({
  id: row.id,
  name: row.name,
  country: row.country,
  sealStatus: row.seal_status as SealStatus,
  sealValidUntil: row.seal_valid_until,
  sealWarning: sealWarningOf(row.seal_status as SealStatus, row.seal_valid_until, today),
});

export const toAgency = (row: AgencyRow, today = todayInBerlin()): Agency => ({
  ...toAgencySummary(row, today),
  website: row.website,
  notes: row.notes,
  companyCount: Number(row.company_count ?? 0),
  personCount: Number(row.person_count ?? 0),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  version: row.version,
});
