import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { PageHeader } from "#client/components/page-header.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { useOffer } from "#client/features/offers/api/get-offers.ts";
import { OfferForm } from "#client/features/offers/components/offer-form.tsx";

export function EditOfferRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const showToast = useToast();
  const { id = "" } = useParams();
  const offer = useOffer(id);
  if (offer.isPending) return <Loading />;
  if (offer.isError) return <ErrorState error={offer.error} onRetry={() => void offer.refetch()} />;
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="breadcrumb">
        <Link to={`/offers/${id}`}>{offer.data.title}</Link>
      </nav>
      <PageHeader title={t("offers.edit")} description={offer.data.companyName} />
      <div className="card card-form">
        <OfferForm
          key={offer.data.version}
          offer={offer.data}
          onSaved={() => {
            showToast(t("offers.saved"));
            void navigate(`/offers/${id}`);
          }}
          cancelTo={`/offers/${id}`}
        />
      </div>
    </>
  );
}
