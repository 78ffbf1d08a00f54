import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Button, ButtonLink } from "#client/components/button.tsx";
import type { SelectColumn } from "#client/components/data-table.tsx";
import { EmptyState } from "#client/components/empty-state.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { LoadMore } from "#client/components/load-more.tsx";
import { Loading } from "#client/components/loading.tsx";
import type { Case } from "#shared/schemas/case.ts";
import type { Caseworker } from "#shared/schemas/user.ts";
import { useCases } from "../api/get-cases.ts";
import { caseFiltersFrom, caseListParams, hasCaseFilters } from "../utils/case-filters.ts";
import { CasesFilters } from "./cases-filters.tsx";
import { CasesTable } from "./cases-table.tsx";

type CasesListProps = { userId: string; caseworkers: Caseworker[]; select?: SelectColumn<Case> | undefined };

export function CasesList({ userId, caseworkers, select }: CasesListProps) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = caseFiltersFrom(searchParams);
  const cases = useCases(caseListParams(filters));
  const items = cases.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="stack">
      <CasesFilters filters={filters} userId={userId} caseworkers={caseworkers} />
      {cases.isPending ? (
        <Loading />
      ) : cases.isError && items.length === 0 ? (
        <ErrorState error={cases.error} onRetry={() => void cases.refetch()} />
      ) : items.length === 0 ? (
        hasCaseFilters(filters) ? (
          <EmptyState
            title={t("cases.noMatches")}
            action={<Button onClick={() => setSearchParams({})}>{t("common.resetFilters")}</Button>}
          >
            <p>{t("cases.noMatchesText")}</p>
          </EmptyState>
        ) : (
          <EmptyState
            title={t("cases.empty")}
            action={<ButtonLink to="/persons">{t("cases.toPersons")}</ButtonLink>}
          >
            <p>{t("cases.emptyText")}</p>
          </EmptyState>
        )
      ) : (
        <div
          className={cases.isPlaceholderData ? "stack is-refreshing" : "stack"}
          aria-busy={cases.isFetching}
        >
          <CasesTable cases={items} select={select} />
          <LoadMore
            shown={items.length}
            hasMore={cases.hasNextPage}
            loading={cases.isFetchingNextPage}
            error={cases.isFetchNextPageError ? cases.error : null}
            onLoadMore={() => void cases.fetchNextPage()}
          />
        </div>
      )}
    </div>
  );
}
