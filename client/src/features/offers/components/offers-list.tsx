import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Button } from "#client/components/button.tsx";
import { EmptyState } from "#client/components/empty-state.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { LoadMore } from "#client/components/load-more.tsx";
import { Loading } from "#client/components/loading.tsx";
import { useOffers } from "../api/get-offers.ts";
import { hasOfferFilters, offerFiltersFrom, offerListParams } from "../utils/offer-filters.ts";
import { OffersFilters } from "./offers-filters.tsx";
import { OffersTable } from "./offers-table.tsx";
import "../messages.ts";

export function OffersList() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = offerFiltersFrom(searchParams);
  const offers = useOffers(offerListParams(filters));
  const items = offers.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="stack">
      <OffersFilters filters={filters} />
      {offers.isPending ? (
        <Loading />
      ) : offers.isError && items.length === 0 ? (
        <ErrorState error={offers.error} onRetry={() => void offers.refetch()} />
      ) : items.length === 0 ? (
        hasOfferFilters(filters) ? (
          <EmptyState
            title={t("offers.noMatches")}
            action={<Button onClick={() => setSearchParams({})}>{t("common.resetFilters")}</Button>}
          >
            <p>{t("offers.noMatchesText")}</p>
          </EmptyState>
        ) : (
          <EmptyState title={t("offers.empty")}>
            <p>{t("offers.emptyText")}</p>
          </EmptyState>
        )
      ) : (
        <div
          className={offers.isPlaceholderData ? "stack is-refreshing" : "stack"}
          aria-busy={offers.isFetching}
        >
          <OffersTable offers={items} caption={t("offers.tableCaption")} />
          <LoadMore
            shown={items.length}
            hasMore={offers.hasNextPage}
            loading={offers.isFetchingNextPage}
            error={offers.isFetchNextPageError ? offers.error : null}
            onLoadMore={() => void offers.fetchNextPage()}
          />
        </div>
      )}
    </div>
  );
}
