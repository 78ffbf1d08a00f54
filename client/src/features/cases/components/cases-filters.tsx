import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { concerns } from "../../../../../shared/reference/cases.ts";
import type { Caseworker } from "../../../../../shared/schemas/user.ts";
import { Button } from "../../../components/button.tsx";
import { CaseworkerSelect } from "../../../components/caseworker-select.tsx";
import { FilterChip } from "../../../components/filter-chip.tsx";
import { SearchField } from "../../../components/search-field.tsx";
import { SelectField } from "../../../components/select-field.tsx";
import { useSetSearchParam } from "../../../lib/search-params.ts";
import { type CaseFilters, caseSorts, caseStatusFilters, hasCaseFilters } from "../utils/case-filters.ts";

type CasesFiltersProps = { filters: CaseFilters; userId: string; caseworkers: Caseworker[] };

export function CasesFilters({ filters, userId, caseworkers }: CasesFiltersProps) {
  const { t } = useTranslation();
  const [, setSearchParams] = useSearchParams();
  const setParam = useSetSearchParam();
  return (
    <search className="filters" aria-label={t("cases.filtersLabel")}>
      <SearchField
        label={t("cases.search")}
        placeholder={t("cases.searchPlaceholder")}
        value={filters.q ?? ""}
        onSearch={(q) => setParam("q", q, true)}
      />
      <SelectField
        label={t("cases.fields.status")}
        value={filters.status ?? ""}
        onChange={(event) => setParam("status", event.target.value)}
      >
        <option value="">{t("common.all")}</option>
        {caseStatusFilters.map((status) => (
          <option key={status} value={status}>
            {status === "open" ? t("cases.allOpen") : t(`caseStatus.${status}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("cases.fields.concern")}
        value={filters.concern ?? ""}
        onChange={(event) => setParam("concern", event.target.value)}
      >
        <option value="">{t("common.all")}</option>
        {concerns.map((concern) => (
          <option key={concern} value={concern}>
            {t(`concerns.${concern}`)}
          </option>
        ))}
      </SelectField>
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
        {hasCaseFilters(filters) && (
          <Button variant="quiet" className="button-small" onClick={() => setSearchParams({})}>
            {t("common.resetFilters")}
          </Button>
        )}
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
    </search>
  );
}
