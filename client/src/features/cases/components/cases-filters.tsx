import { useTranslation } from "react-i18next";
import { CaseworkerSelect } from "#client/components/caseworker-select.tsx";
import { FilterBar, FilterSelect, ResetFiltersButton } from "#client/components/filter-bar.tsx";
import { FilterChip } from "#client/components/filter-chip.tsx";
import { SelectField } from "#client/components/select-field.tsx";
import { useSetSearchParam } from "#client/lib/search-params.ts";
import { concerns } from "#shared/reference/cases.ts";
import type { Caseworker } from "#shared/schemas/user.ts";
import { type CaseFilters, caseSorts, caseStatusFilters, hasCaseFilters } from "../utils/case-filters.ts";

type CasesFiltersProps = { filters: CaseFilters; userId: string; caseworkers: Caseworker[] };

export function CasesFilters({ filters, userId, caseworkers }: CasesFiltersProps) {
  const { t } = useTranslation();
  const setParam = useSetSearchParam();
  return (
    <FilterBar
      label={t("cases.filtersLabel")}
      searchLabel={t("cases.search")}
      searchPlaceholder={t("cases.searchPlaceholder")}
      query={filters.q}
    >
      <FilterSelect
        label={t("cases.fields.status")}
        name="status"
        value={filters.status}
        options={caseStatusFilters.map((status) => ({
          value: status,
          label: status === "open" ? t("cases.allOpen") : t(`caseStatus.${status}`),
        }))}
      />
      <FilterSelect
        label={t("cases.fields.concern")}
        name="concern"
        value={filters.concern}
        options={concerns.map((concern) => ({ value: concern, label: t(`concerns.${concern}`) }))}
      />
      <CaseworkerSelect
        label={t("cases.fields.advisor")}
        emptyLabel={t("common.all")}
        caseworkers={caseworkers}
        value={filters.advisor ?? ""}
        onChange={(event) => setParam("advisor", event.target.value)}
      />
      <div className="filter-chips">
        <FilterChip
          label={t("common.onlyMine")}
          pressed={filters.advisor === userId}
          onToggle={(pressed) => setParam("advisor", pressed ? userId : "")}
        />
        {hasCaseFilters(filters) && <ResetFiltersButton />}
        <SelectField
          label={t("common.sort")}
          value={filters.sort ?? "-opened"}
          onChange={(event) => setParam("sort", event.target.value === "-opened" ? "" : event.target.value)}
        >
          {caseSorts.map((sort) => (
            <option key={sort} value={sort}>
              {t(`cases.sorts.${sort}`)}
            </option>
          ))}
        </SelectField>
      </div>
    </FilterBar>
  );
}
