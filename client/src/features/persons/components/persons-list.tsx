import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Button, ButtonLink } from "#client/components/button.tsx";
import type { SelectColumn } from "#client/components/data-table.tsx";
import { EmptyState } from "#client/components/empty-state.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { LoadMore } from "#client/components/load-more.tsx";
import { Loading } from "#client/components/loading.tsx";
import type { PersonListItem } from "#shared/schemas/person.ts";
import type { Caseworker } from "#shared/schemas/user.ts";
import { usePersons } from "../api/get-persons.ts";
import { hasPersonFilters, personFiltersFrom, personListParams } from "../utils/person-filters.ts";
import { PersonsFilters } from "./persons-filters.tsx";
import { PersonsSort } from "./persons-sort.tsx";
import { PersonsTable } from "./persons-table.tsx";
import "../messages.ts";

type PersonsListProps = {
  userId: string;
  caseworkers: Caseworker[];
  select?: SelectColumn<PersonListItem> | undefined;
};

export function PersonsList({ userId, caseworkers, select }: PersonsListProps) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = personFiltersFrom(searchParams);
  const persons = usePersons(personListParams(filters));
  const items = persons.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="stack">
      <PersonsFilters filters={filters} userId={userId} caseworkers={caseworkers} />
      {persons.isPending ? (
        <Loading />
      ) : persons.isError && items.length === 0 ? (
        <ErrorState error={persons.error} onRetry={() => void persons.refetch()} />
      ) : items.length === 0 ? (
        hasPersonFilters(filters) ? (
          <EmptyState
            title={t("persons.noMatches")}
            action={<Button onClick={() => setSearchParams({})}>{t("common.resetFilters")}</Button>}
          >
            <p>{t("persons.noMatchesText")}</p>
          </EmptyState>
        ) : (
          <EmptyState
            title={t("persons.empty")}
            action={
              <ButtonLink variant="primary" to="/persons/new">
                {t("persons.new")}
              </ButtonLink>
            }
          >
            <p>{t("persons.emptyText")}</p>
          </EmptyState>
        )
      ) : (
        <div
          className={persons.isPlaceholderData ? "stack is-refreshing" : "stack"}
          aria-busy={persons.isFetching}
        >
          <PersonsSort filters={filters} />
          <PersonsTable persons={items} select={select} />
          <LoadMore
            shown={items.length}
            hasMore={persons.hasNextPage}
            loading={persons.isFetchingNextPage}
            error={persons.isFetchNextPageError ? persons.error : null}
            onLoadMore={() => void persons.fetchNextPage()}
          />
        </div>
      )}
    </div>
  );
}
