import type { District } from "#shared/reference/districts.ts";
import type { Chamber, Sector, SizeBand } from "#shared/reference/employers.ts";
import type { Company, CompanyContact, CompanyListItem, CompanyProfile } from "#shared/schemas/company.ts";
import { todayInBerlin } from "#shared/time/calendar.ts";
import { toAgencySummary } from "../agencies/agency-mapping.ts";
import type { CompanyRow } from "./companies.repository.ts";

const agencyOf = (row: CompanyRow, today: string) =>
  row.agency_id && row.agency_name && row.agency_seal_status
    ? toAgencySummary(
        {
          id: row.agency_id,
          name: row.agency_name,
          country: row.agency_country ?? "",
          seal_status: row.agency_seal_status,
          seal_valid_until: row.agency_seal_valid_until,
        },
        today,
      )
    : null;

export const toCompanyProfile = (row: CompanyRow): CompanyProfile => ({
  id: row.id,
  name: row.name,
  sector: row.sector as Sector,
  chamber: row.chamber as Chamber | null,
  district: row.district as District,
  sizeBand: row.size_band as SizeBand | null,
  contacts: JSON.parse(row.contacts) as CompanyContact[],
  version: row.version,
});

export const toCompanyListItem = (row: CompanyRow, today = todayInBerlin()): CompanyListItem => ({
  id: row.id,
  name: row.name,
  sector: row.sector as Sector,
  chamber: row.chamber as Chamber | null,
  district: row.district as District,
  sizeBand: row.size_band as SizeBand | null,
  sealWarning: agencyOf(row, today)?.sealWarning ?? null,
});

export const toCompany = (
  row: CompanyRow,
  extra: Pick<Company, "employerUsers" | "openOffers" | "openInquiries">,
  today = todayInBerlin(),
): Company => ({
  ...toCompanyProfile(row),
  centreId: row.centre_id,
  notes: row.notes,
  agencyId: row.agency_id,
  agency: agencyOf(row, today),
  ...extra,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});
