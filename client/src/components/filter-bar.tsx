import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useSetSearchParam } from "../lib/search-params.ts";
import { Button } from "./button.tsx";
import { SearchField } from "./search-field.tsx";
import { SelectField } from "./select-field.tsx";

type FilterBarProps = {
  label: string;
  searchLabel: string;
  searchPlaceholder: string;
  /** The search text in the URL (`q`). */
  query: string | undefined;
  children: ReactNode;
};

/** A list's filters in the URL: the search box first, then the screen's own selects and chips. */
export function FilterBar({ label, searchLabel, searchPlaceholder, query, children }: FilterBarProps) {
  const setParam = useSetSearchParam();
  return (
    <search className="filters" aria-label={label}>
      <SearchField
        label={searchLabel}
        placeholder={searchPlaceholder}
        value={query ?? ""}
        onSearch={(q) => setParam("q", q, true)}
      />
      {children}
    </search>
  );
}

export type FilterOption = { value: string; label: string };

type FilterSelectProps = {
  label: string;
  /** The URL parameter the select sets (cleared by the empty choice). */
  name: string;
  value: string | undefined;
  options: readonly FilterOption[];
  /** The empty choice; "All" unless the screen says otherwise. */
  emptyLabel?: string;
};

/** One URL-parameter filter as a select: "All" and the screen's options. */
export function FilterSelect({ label, name, value, options, emptyLabel }: FilterSelectProps) {
  const { t } = useTranslation();
  const setParam = useSetSearchParam();
  return (
    <SelectField label={label} value={value ?? ""} onChange={(event) => setParam(name, event.target.value)}>
      <option value="">{emptyLabel ?? t("common.all")}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </SelectField>
  );
}

/** "Reset filters": clears every URL parameter of the list. */
export function ResetFiltersButton() {
  const { t } = useTranslation();
  const [, setSearchParams] = useSearchParams();
  return (
    <Button variant="quiet" className="button-small" onClick={() => setSearchParams({})}>
      {t("common.resetFilters")}
    </Button>
  );
}
