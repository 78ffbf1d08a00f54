import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { districts } from "../../../../../shared/reference/districts.ts";
import { sectors } from "../../../../../shared/reference/employers.ts";
import { Button } from "../../../components/button.tsx";
import { SearchField } from "../../../components/search-field.tsx";
import { SelectField } from "../../../components/select-field.tsx";
import { useSetSearchParam } from "../../../lib/search-params.ts";
import { type CompanyFilters, hasCompanyFilters } from "../utils/company-filters.ts";
import "../messages.ts";

export function CompaniesFilters({ filters }: { filters: CompanyFilters }) {
  const { t } = useTranslation();
  const [, setSearchParams] = useSearchParams();
  const setParam = useSetSearchParam();
  return (
    <search className="filters" aria-label={t("companies.filtersLabel")}>
      <SearchField
        label={t("companies.search")}
        placeholder={t("companies.searchPlaceholder")}
        value={filters.q ?? ""}
        onSearch={(q) => setParam("q", q, true)}
      />
      <SelectField
        label={t("companies.fields.sector")}
        value={filters.sector ?? ""}
        onChange={(event) => setParam("sector", event.target.value)}
      >
        <option value="">{t("common.all")}</option>
        {sectors.map((sector) => (
          <option key={sector} value={sector}>
            {t(`companies.sectors.${sector}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("companies.fields.district")}
        value={filters.district ?? ""}
        onChange={(event) => setParam("district", event.target.value)}
      >
        <option value="">{t("common.all")}</option>
        {districts.map((district) => (
          <option key={district} value={district}>
            {t(`districts.${district}`)}
          </option>
        ))}
      </SelectField>
      {hasCompanyFilters(filters) && (
        <div className="filter-chips">
          <Button variant="quiet" className="button-small" onClick={() => setSearchParams({})}>
            {t("common.resetFilters")}
          </Button>
        </div>
      )}
    </search>
  );
}
