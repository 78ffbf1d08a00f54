import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { roles } from "../../../../../shared/auth/roles.ts";
import { Button } from "../../../components/button.tsx";
import { SelectField } from "../../../components/select-field.tsx";
import { TextField } from "../../../components/text-field.tsx";
import { userFiltersFrom } from "../utils/user-filters.ts";
import "../messages.ts";

const SEARCH_DELAY_MS = 300;

export function UsersFilters() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = userFiltersFrom(searchParams);
  const urlQuery = filters.q ?? "";
  const [query, setQuery] = useState(urlQuery);
  const pushedQuery = useRef(urlQuery);

  const setParam = (name: string, value: string, replace: boolean) =>
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(name, value);
        else next.delete(name);
        return next;
      },
      { replace },
    );

  useEffect(() => {
    if (urlQuery === pushedQuery.current) return;
    pushedQuery.current = urlQuery;
    setQuery(urlQuery);
  }, [urlQuery]);

  const pushQuery = (value: string) => {
    pushedQuery.current = value.trim();
    setParam("q", value.trim(), true);
  };

  useEffect(() => {
    if (query.trim() === pushedQuery.current) return;
    const timer = window.setTimeout(() => pushQuery(query), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    pushQuery(query);
  };

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
          onChange={(event) => setParam("role", event.target.value, false)}
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
          onChange={(event) => setParam("active", event.target.value, false)}
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
