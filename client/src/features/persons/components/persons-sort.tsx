import { useTranslation } from "react-i18next";
import { SelectField } from "#client/components/select-field.tsx";
import { useSetSearchParam } from "#client/lib/search-params.ts";
import { personSorts } from "#shared/schemas/person.ts";
import type { PersonFilters } from "../utils/person-filters.ts";
import "../messages.ts";

export function PersonsSort({ filters }: { filters: PersonFilters }) {
  const { t } = useTranslation();
  const setParam = useSetSearchParam();
  return (
    <div className="list-toolbar">
      <SelectField
        label={t("common.sort")}
        value={filters.sort ?? "name"}
        onChange={(event) => setParam("sort", event.target.value === "name" ? "" : event.target.value)}
      >
        {personSorts.map((sort) => (
          <option key={sort} value={sort}>
            {t(`persons.sorts.${sort}`)}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
