import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button, ButtonLink } from "#client/components/button.tsx";
import { Dialog } from "#client/components/dialog.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { type OfferStatus, offerTransitions } from "#shared/reference/employers.ts";
import type { Offer } from "#shared/schemas/offer.ts";
import { useOfferTransition } from "../api/offer-mutations.ts";
import "../messages.ts";

export function OfferStatusActions({ offer }: { offer: Offer }) {
  const { t } = useTranslation();
  const showToast = useToast();
  const errorMessage = useErrorMessage();
  const transition = useOfferTransition();
  const [confirmClose, setConfirmClose] = useState(false);
  if (!offer.canEdit) return null;
  const allowed = offerTransitions[offer.status];
  const move = (to: OfferStatus) =>
    transition.mutate(
      { offer, to },
      {
        onSuccess: (saved) => {
          setConfirmClose(false);
          if (to === "closed") showToast(t("portal.offers.closed"));
          else if (offer.status === "draft") showToast(t("portal.offers.published", { title: saved.title }));
          else showToast(t("portal.offers.reopened"));
        },
        onError: (error) => showToast(errorMessage(error), "error"),
      },
    );
  return (
    <>
      <ButtonLink to={`/portal/offers/${offer.id}/edit`}>{t("portal.offer.edit")}</ButtonLink>
      {allowed.includes("open") && (
        <Button variant="primary" busy={transition.isPending} onClick={() => move("open")}>
          {offer.status === "draft" ? t("portal.offer.publish") : t("portal.offer.reopen")}
        </Button>
      )}
      {allowed.includes("closed") && (
        <Button variant="danger" onClick={() => setConfirmClose(true)}>
          {t("portal.offer.close")}
        </Button>
      )}
      <Dialog open={confirmClose} title={t("portal.offer.close")} onClose={() => setConfirmClose(false)}>
        <p>{t("portal.offer.closeConfirm")}</p>
        <div className="form-actions">
          <Button variant="danger" busy={transition.isPending} onClick={() => move("closed")}>
            {t("portal.offer.close")}
          </Button>
          <Button onClick={() => setConfirmClose(false)}>{t("common.cancel")}</Button>
        </div>
      </Dialog>
    </>
  );
}
