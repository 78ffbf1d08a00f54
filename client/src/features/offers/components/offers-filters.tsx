import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { districts } from "../../../../../shared/reference/districts.ts";
import { offerTypes } from "../../../../../shared/reference/employers.ts";
import { occupationOptions } from "../../../../../shared/reference/kldb.ts";
import { Button } from "../../../components/button.tsx";
import { FilterChip } from "../../../components/filter-chip.tsx";
import { SearchField } from "../../../components/search-field.tsx";
import { SelectField } from "../../../components/select-field.tsx";
import { useSetSearchParam } from "../../../lib/search-params.ts";
import { useLanguage } from "../../../lib/use-language.ts";
import { useProgrammeOptions } from "../api/get-form-options.ts";
import { hasOfferFilters, type OfferFilters } from "../utils/offer-filters.ts";
import "../messages.ts";

export function OffersFilters({ filters }: { filters: OfferFilters }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [, setSearchParams] = useSearchParams();
  const setParam = useSetSearchParam();
  const programmes = useProgrammeOptions();
  return (
    <search className="filters" aria-label={t("offers.filtersLabel")}>
      <SearchField
        label={t("offers.search")}
        placeholder={t("offers.searchPlaceholder")}
        value={filters.q ?? ""}
        onSearch={(q) => setParam("q", q, true)}
      />
      <SelectField
        label={t("offers.fields.type")}
        value={filters.type ?? ""}
        onChange={(event) => setParam("type", event.target.value)}
      >
        <option value="">{t("common.all")}</option>
        {offerTypes.map((type) => (
          <option key={type} value={type}>
            {t(`offers.types.${type}`)}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("offers.fields.occupationGroup")}
        value={filters.occupation ?? ""}
        onChange={(event) => setParam("occupation", event.target.value)}
      >
        <option value="">{t("common.all")}</option>
        {occupationOptions(language).groups.map((group) => (
          <option key={group.code} value={group.code}>
            {group.label}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={t("offers.fields.district")}
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
      <SelectField
        label={t("offers.fields.programme")}
        value={filters.programmeId ?? ""}
        onChange={(event) => setParam("programmeId", event.target.value)}
      >
        <option value="">{t("common.all")}</option>
        {(programmes.data ?? []).map((programme) => (
          <option key={programme.id} value={programme.id}>
            {programme.name}
          </option>
        ))}
      </SelectField>
      <div className="filter-chips">
        <FilterChip
          label={t("offers.onlyCentre")}
          pressed={filters.view === "centre"}
          onToggle={(pressed) => setParam("view", pressed ? "centre" : "")}
        />
        {hasOfferFilters(filters) && (
          <Button variant="quiet" className="button-small" onClick={() => setSearchParams({})}>
            {t("common.resetFilters")}
          </Button>
        )}
      </div>
    </search>
  );
}
