import { useTranslation } from "react-i18next";
import { FilterBar, FilterSelect, ResetFiltersButton } from "#client/components/filter-bar.tsx";
import { districts } from "#shared/reference/districts.ts";
import { sectors } from "#shared/reference/employers.ts";
import { type CompanyFilters, hasCompanyFilters } from "../utils/company-filters.ts";
import "../messages.ts";

export function CompaniesFilters({ filters }: { filters: CompanyFilters }) {
  const { t } = useTranslation();
  return (
    <FilterBar
      label={t("companies.filtersLabel")}
      searchLabel={t("companies.search")}
      searchPlaceholder={t("companies.searchPlaceholder")}
      query={filters.q}
    >
      <FilterSelect
        label={t("companies.fields.sector")}
        name="sector"
        value={filters.sector}
        options={sectors.map((sector) => ({ value: sector, label: t(`companies.sectors.${sector}`) }))}
      />
      <FilterSelect
        label={t("companies.fields.district")}
        name="district"
        value={filters.district}
        options={districts.map((district) => ({ value: district, label: t(`districts.${district}`) }))}
      />
      {hasCompanyFilters(filters) && (
        <div className="filter-chips">
          <ResetFiltersButton />
        </div>
      )}
    </FilterBar>
  );
}
