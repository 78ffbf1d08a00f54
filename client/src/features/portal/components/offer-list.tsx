import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "#client/components/button.tsx";
import { EmptyState } from "#client/components/empty-state.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { LoadMore } from "#client/components/load-more.tsx";
import { Loading } from "#client/components/loading.tsx";
import { portalQueries } from "../api/portal-queries.ts";
import "../messages.ts";
import { OfferCard } from "./offer-card.tsx";

export function OfferList() {
  const { t } = useTranslation();
  const query = useInfiniteQuery(portalQueries.offerList());
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const offers = query.data.pages.flatMap((page) => page.items);
  if (offers.length === 0)
    return (
      <EmptyState
        title={t("portal.offers.emptyTitle")}
        action={
          <ButtonLink variant="primary" to="/portal/offers/new">
            {t("portal.offers.emptyAction")}
          </ButtonLink>
        }
      >
        <p>{t("portal.offers.emptyText")}</p>
      </EmptyState>
    );
  return (
    <>
      <ul className="offer-grid" aria-label={t("portal.offers.listLabel")}>
        {offers.map((offer) => (
          <li key={offer.id}>
            <OfferCard offer={offer} />
          </li>
        ))}
      </ul>
      {query.hasNextPage && (
        <LoadMore
          shown={offers.length}
          hasMore
          loading={query.isFetchingNextPage}
          error={query.error}
          onLoadMore={() => void query.fetchNextPage()}
        />
      )}
    </>
  );
}
