import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { PageHeader } from "#client/components/page-header.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { OfferForm } from "#client/features/offers/components/offer-form.tsx";
import type { Offer } from "#shared/schemas/offer.ts";

export function NewOfferRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const showToast = useToast();
  const [searchParams] = useSearchParams();
  const companyId = searchParams.get("companyId") ?? undefined;
  const back = companyId ? `/companies/${companyId}` : "/offers";
  const onSaved = (offer: Offer) => {
    showToast(t("offers.created", { title: offer.title }));
    void navigate(`/offers/${offer.id}`);
  };
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="breadcrumb">
        <Link to="/offers">{t("offers.title")}</Link>
      </nav>
      <PageHeader title={t("offers.new")} description={t("offers.newDescription")} />
      <div className="card card-form">
        <OfferForm companyId={companyId} onSaved={onSaved} cancelTo={back} />
      </div>
    </>
  );
}
