import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Button, ButtonLink } from "#client/components/button.tsx";
import { DocumentTitle } from "#client/components/document-title.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { type OfferStatus, offerTransitions } from "#shared/reference/employers.ts";
import type { Offer } from "#shared/schemas/offer.ts";
import { useChangeOffer } from "../api/change-offer.ts";
import { OfferStatusBadge } from "./offer-status-badge.tsx";
import "../messages.ts";

function moveKeyOf(from: OfferStatus, to: OfferStatus) {
  if (to === "closed") return "close" as const;
  return from === "draft" ? ("publish" as const) : ("reopen" as const);
}

function OfferStatusActions({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const showToast = useToast();
  const errorMessage = useErrorMessage();
  const change = useChangeOffer();
  const move = (to: OfferStatus) =>
    change.mutate(
      { kind: "transition", id: offer.id, body: { version: offer.version, to } },
      {
        onSuccess: (saved) =>
          showToast(t("offers.statusChanged", { status: t(`offers.statuses.${saved.status}`) })),
        onError: (error) => showToast(errorMessage(error), "error"),
      },
    );
  return (
    <div className="button-row">
      {offerTransitions[offer.status].map((to) => (
        <Button
          key={to}
          variant={to === "open" ? "primary" : "secondary"}
          busy={change.isPending}
          onClick={() => move(to)}
        >
          {t(`offers.moves.${moveKeyOf(offer.status, to)}`)}
        </Button>
      ))}
      <ButtonLink to={`/offers/${offer.id}/edit`}>{t("offers.edit")}</ButtonLink>
    </div>
  );
}

export function OfferHeader({ offer, companyLink }: { offer: Offer; companyLink: boolean }) {
  const { t } = useTranslation();
  return (
    <header className="record-header">
      <DocumentTitle title={offer.title} />
      <div className="record-title-row">
        <h1 className="page-title">{offer.title}</h1>
        <OfferStatusBadge status={offer.status} />
      </div>
      <ul className="record-meta">
        <li>
          {companyLink ? (
            <Link to={`/companies/${offer.companyId}`}>{offer.companyName}</Link>
          ) : (
            offer.companyName
          )}
        </li>
        <li>{t(`offers.types.${offer.type}`)}</li>
        <li>{t(`districts.${offer.district}`)}</li>
        <li>{t("offers.placesOf", { taken: offer.placesTaken, places: offer.places })}</li>
      </ul>
      {offer.canEdit && <OfferStatusActions offer={offer} />}
    </header>
  );
}
