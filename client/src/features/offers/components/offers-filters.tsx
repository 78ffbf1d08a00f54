import { useTranslation } from "react-i18next";
import { FilterBar, FilterSelect, ResetFiltersButton } from "#client/components/filter-bar.tsx";
import { FilterChip } from "#client/components/filter-chip.tsx";
import { useSetSearchParam } from "#client/lib/search-params.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { districts } from "#shared/reference/districts.ts";
import { offerTypes } from "#shared/reference/employers.ts";
import { occupationOptions } from "#shared/reference/kldb.ts";
import { useProgrammeOptions } from "../api/get-form-options.ts";
import { hasOfferFilters, type OfferFilters } from "../utils/offer-filters.ts";
import "../messages.ts";

export function OffersFilters({ filters }: { filters: OfferFilters }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const setParam = useSetSearchParam();
  const programmes = useProgrammeOptions();
  return (
    <FilterBar
      label={t("offers.filtersLabel")}
      searchLabel={t("offers.search")}
      searchPlaceholder={t("offers.searchPlaceholder")}
      query={filters.q}
    >
      <FilterSelect
        label={t("offers.fields.type")}
        name="type"
        value={filters.type}
        options={offerTypes.map((type) => ({ value: type, label: t(`offers.types.${type}`) }))}
      />
      <FilterSelect
        label={t("offers.fields.occupationGroup")}
        name="occupation"
        value={filters.occupation}
        options={occupationOptions(language).groups.map((group) => ({
          value: group.code,
          label: group.label,
        }))}
      />
      <FilterSelect
        label={t("offers.fields.district")}
        name="district"
        value={filters.district}
        options={districts.map((district) => ({ value: district, label: t(`districts.${district}`) }))}
      />
      <FilterSelect
        label={t("offers.fields.programme")}
        name="programmeId"
        value={filters.programmeId}
        options={(programmes.data ?? []).map((programme) => ({ value: programme.id, label: programme.name }))}
      />
      <div className="filter-chips">
        <FilterChip
          label={t("offers.onlyCentre")}
          pressed={filters.view === "centre"}
          onToggle={(pressed) => setParam("view", pressed ? "centre" : "")}
        />
        {hasOfferFilters(filters) && <ResetFiltersButton />}
      </div>
    </FilterBar>
  );
}
