import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { kldbTitle } from "#shared/reference/kldb.ts";
import type { Offer } from "#shared/schemas/offer.ts";
import "../messages.ts";
import { OfferPeriod } from "./offer-period.tsx";
import { OfferStatusBadge } from "./offer-status-badge.tsx";
import { StageCounts } from "./stage-counts.tsx";

export function OfferCard({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  return (
    <article className="card offer-card" aria-labelledby={`offer-${offer.id}`}>
      <div className="offer-card-header">
        <p className="offer-card-type">{t(`portal.types.${offer.type}`)}</p>
        <OfferStatusBadge status={offer.status} />
      </div>
      <h2 className="offer-card-title" id={`offer-${offer.id}`}>
        <Link to={`/portal/offers/${offer.id}`}>{offer.title}</Link>
      </h2>
      <p className="offer-card-meta">
        <span>{kldbTitle(offer.occupation)}</span>
        <span>
          <OfferPeriod startsOn={offer.startsOn} endsOn={offer.endsOn} />
        </span>
        <span>{t("portal.offers.placesTaken", { taken: offer.placesTaken, places: offer.places })}</span>
      </p>
      <StageCounts counts={offer.stageCounts} />
    </article>
  );
}
