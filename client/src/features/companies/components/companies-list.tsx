import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Button, ButtonLink } from "#client/components/button.tsx";
import { EmptyState } from "#client/components/empty-state.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { LoadMore } from "#client/components/load-more.tsx";
import { Loading } from "#client/components/loading.tsx";
import { useCompanies } from "../api/get-companies.ts";
import { companyFiltersFrom, hasCompanyFilters } from "../utils/company-filters.ts";
import { CompaniesFilters } from "./companies-filters.tsx";
import { CompaniesTable } from "./companies-table.tsx";
import "../messages.ts";

export function CompaniesList() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = companyFiltersFrom(searchParams);
  const companies = useCompanies(filters);
  const items = companies.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="stack">
      <CompaniesFilters filters={filters} />
      {companies.isPending ? (
        <Loading />
      ) : companies.isError && items.length === 0 ? (
        <ErrorState error={companies.error} onRetry={() => void companies.refetch()} />
      ) : items.length === 0 ? (
        hasCompanyFilters(filters) ? (
          <EmptyState
            title={t("companies.noMatches")}
            action={<Button onClick={() => setSearchParams({})}>{t("common.resetFilters")}</Button>}
          >
            <p>{t("companies.noMatchesText")}</p>
          </EmptyState>
        ) : (
          <EmptyState
            title={t("companies.empty")}
            action={
              <ButtonLink variant="primary" to="/companies/new">
                {t("companies.create")}
              </ButtonLink>
            }
          >
            <p>{t("companies.emptyText")}</p>
          </EmptyState>
        )
      ) : (
        <div
          className={companies.isPlaceholderData ? "stack is-refreshing" : "stack"}
          aria-busy={companies.isFetching}
        >
          <CompaniesTable companies={items} />
          <LoadMore
            shown={items.length}
            hasMore={companies.hasNextPage}
            loading={companies.isFetchingNextPage}
            error={companies.isFetchNextPageError ? companies.error : null}
            onLoadMore={() => void companies.fetchNextPage()}
          />
        </div>
      )}
    </div>
  );
}
