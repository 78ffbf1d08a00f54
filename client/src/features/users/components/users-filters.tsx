import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Button } from "#client/components/button.tsx";
import { SelectField } from "#client/components/select-field.tsx";
import { TextField } from "#client/components/text-field.tsx";
import { useSetSearchParam } from "#client/lib/search-params.ts";
import { useSearchText } from "#client/lib/use-search-text.ts";
import { roles } from "#shared/auth/roles.ts";
import { userFiltersFrom } from "../utils/user-filters.ts";
import "../messages.ts";

export function UsersFilters() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = userFiltersFrom(searchParams);
  const setParam = useSetSearchParam();
  const { query, setQuery, onSubmit } = useSearchText(filters.q ?? "", (q) => setParam("q", q, true));

  const hasFilters = Boolean(filters.q || filters.role || filters.active);

  return (
    <search className="filters">
      <form className="filters-form" onSubmit={onSubmit}>
        <TextField
          className="input-search"
          type="search"
          label={t("users.search")}
          placeholder={t("users.searchPlaceholder")}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <SelectField
          label={t("users.role")}
          value={filters.role ?? ""}
          onChange={(event) => setParam("role", event.target.value)}
        >
          <option value="">{t("users.allRoles")}</option>
          {roles.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t("users.status")}
          value={filters.active ?? ""}
          onChange={(event) => setParam("active", event.target.value)}
        >
          <option value="">{t("users.allStatuses")}</option>
          <option value="true">{t("users.active")}</option>
          <option value="false">{t("users.inactive")}</option>
        </SelectField>
        {hasFilters && (
          <Button variant="quiet" className="filters-reset" onClick={() => setSearchParams({})}>
            {t("common.resetFilters")}
          </Button>
        )}
      </form>
    </search>
  );
}
