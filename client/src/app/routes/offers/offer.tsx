import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { useSessionUser } from "#client/features/auth/api/get-me.ts";
import { useOffer } from "#client/features/offers/api/get-offers.ts";
import { CandidatesSection } from "#client/features/offers/components/candidates-section.tsx";
import { OfferDetails } from "#client/features/offers/components/offer-details.tsx";
import { OfferHeader } from "#client/features/offers/components/offer-header.tsx";
import { PlacementBoard } from "#client/features/offers/components/placement-board.tsx";

export function OfferRoute() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const { id = "" } = useParams();
  const offer = useOffer(id);
  if (offer.isPending) return <Loading />;
  if (offer.isError) return <ErrorState error={offer.error} onRetry={() => void offer.refetch()} />;
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="breadcrumb">
        <Link to="/offers">{t("offers.title")}</Link>
      </nav>
      <OfferHeader offer={offer.data} companyLink={offer.data.centreId === user.centreId} />
      <div className="stack stack-large">
        <PlacementBoard offerId={offer.data.id} />
        <CandidatesSection offer={offer.data} />
        <OfferDetails offer={offer.data} />
      </div>
    </>
  );
}
