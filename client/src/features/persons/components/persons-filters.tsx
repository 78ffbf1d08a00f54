import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { concerns, openCaseStatuses } from "../../../../../shared/reference/cases.ts";
import { residenceAreas } from "../../../../../shared/reference/districts.ts";
import { residencePermitTypeName, residencePermitTypes } from "../../../../../shared/reference/residence.ts";
import type { Caseworker } from "../../../../../shared/schemas/user.ts";
import { Button } from "../../../components/button.tsx";
import { CaseworkerSelect } from "../../../components/caseworker-select.tsx";
import { FilterChip } from "../../../components/filter-chip.tsx";
import { SearchField } from "../../../components/search-field.tsx";
import { SelectField } from "../../../components/select-field.tsx";
import { useSetSearchParam } from "../../../lib/search-params.ts";
import { useLanguage } from "../../../lib/use-language.ts";
import { hasPersonFilters, type PersonFilters } from "../utils/person-filters.ts";
import { CountrySelect } from "./country-select.tsx";
import "../messages.ts";

type PersonsFiltersProps = { filters: PersonFilters; userId: string; caseworkers: Caseworker[] };

export function PersonsFilters({ filters, userId, caseworkers }: PersonsFiltersProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, setSearchParams] = useSearchParams();
  const setParam = useSetSearchParam();
  return (
    <search className="filters" aria-label={t("persons.filtersLabel")}>
      <SearchField
        label={t("persons.search")}
        placeholder={t("persons.searchPlaceholder")}
        value={filters.q ?? ""}
        onSearch={(q) => setParam("q", q, true)}
      />
      <SelectField
        label={t("persons.filters.status")}
        value={filters.status ?? ""}
        onChange={(event) => setParam("status", event.target.value)}
      >
        <option value="">{t("common.all")}</option>
        {openCaseStatuses.map((status) => (
          <option key={status} value={status}>
            {t(`caseStatus.${status}`)}
          </option>
        ))}
        <option value="none">{t("persons.filters.noOpenCase")}</option>
      </SelectField>
      <CountrySelect
        label={t("persons.filters.nationality")}
        emptyLabel={t("common.all")}
        value={filters.nationality ?? ""}
        onChange={(event) => setParam("nationality", event.target.value)}
      />
      <SelectField
        label={t("persons.fields.district")}
        value={filters.district ?? ""}
        onChange={(event) => setParam("district", event.target.value)}
      >
        <option value="">{t("common.all")}</option>
        {residenceAreas.map((area) => (
          <option key={area} value={area}>
            {t(`districts.${area}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("persons.fields.permitType")}
        value={filters.permitType ?? ""}
        onChange={(event) => setParam("permitType", event.target.value)}
      >
        <option value="">{t("common.all")}</option>
        {residencePermitTypes.map((type) => (
          <option key={type} value={type}>
            {residencePermitTypeName(type, language)}
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
        {hasPersonFilters(filters) && (
          <Button variant="quiet" className="button-small" onClick={() => setSearchParams({})}>
            {t("common.resetFilters")}
          </Button>
        )}
      </div>
    </search>
  );
}
