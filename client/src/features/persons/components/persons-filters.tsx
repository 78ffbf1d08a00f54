import { useTranslation } from "react-i18next";
import { CaseworkerSelect } from "#client/components/caseworker-select.tsx";
import { FilterBar, FilterSelect, ResetFiltersButton } from "#client/components/filter-bar.tsx";
import { FilterChip } from "#client/components/filter-chip.tsx";
import { useSetSearchParam } from "#client/lib/search-params.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { concerns, openCaseStatuses } from "#shared/reference/cases.ts";
import { residenceAreas } from "#shared/reference/districts.ts";
import { residencePermitTypeName, residencePermitTypes } from "#shared/reference/residence.ts";
import type { Caseworker } from "#shared/schemas/user.ts";
import { hasPersonFilters, type PersonFilters } from "../utils/person-filters.ts";
import { CountrySelect } from "./country-select.tsx";
import "../messages.ts";

type PersonsFiltersProps = { filters: PersonFilters; userId: string; caseworkers: Caseworker[] };

export function PersonsFilters({ filters, userId, caseworkers }: PersonsFiltersProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const setParam = useSetSearchParam();
  return (
    <FilterBar
      label={t("persons.filtersLabel")}
      searchLabel={t("persons.search")}
      searchPlaceholder={t("persons.searchPlaceholder")}
      query={filters.q}
    >
      <FilterSelect
        label={t("persons.filters.status")}
        name="status"
        value={filters.status}
        options={[
          ...openCaseStatuses.map((status) => ({ value: status, label: t(`caseStatus.${status}`) })),
          { value: "none", label: t("persons.filters.noOpenCase") },
        ]}
      />
      <CountrySelect
        label={t("persons.filters.nationality")}
        emptyLabel={t("common.all")}
        value={filters.nationality ?? ""}
        onChange={(event) => setParam("nationality", event.target.value)}
      />
      <FilterSelect
        label={t("persons.fields.district")}
        name="district"
        value={filters.district}
        options={residenceAreas.map((area) => ({ value: area, label: t(`districts.${area}`) }))}
      />
      <FilterSelect
        label={t("persons.fields.permitType")}
        name="permitType"
        value={filters.permitType}
        options={residencePermitTypes.map((type) => ({
          value: type,
          label: residencePermitTypeName(type, language),
        }))}
      />
      <FilterSelect
        label={t("cases.fields.concern")}
        name="concern"
        value={filters.concern}
        options={concerns.map((concern) => ({ value: concern, label: t(`concerns.${concern}`) }))}
      />
      <div className="filter-chips">
        <CaseworkerSelect
          label={t("cases.fields.advisor")}
          emptyLabel={t("common.all")}
          caseworkers={caseworkers}
          value={filters.advisor ?? ""}
          onChange={(event) => setParam("advisor", event.target.value)}
        />
        <FilterChip
          label={t("common.onlyMine")}
          pressed={filters.advisor === userId}
          onToggle={(pressed) => setParam("advisor", pressed ? userId : "")}
        />
        <FilterChip
          label={t("persons.filters.expiring")}
          pressed={filters.expiring === "1"}
          onToggle={(pressed) => setParam("expiring", pressed ? "1" : "")}
        />
        <FilterChip
          label={t("persons.filters.certificateGap")}
          pressed={filters.certificateGap === "true"}
          onToggle={(pressed) => setParam("certificateGap", pressed ? "true" : "")}
        />
        {hasPersonFilters(filters) && <ResetFiltersButton />}
      </div>
    </FilterBar>
  );
}
