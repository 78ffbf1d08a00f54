import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { PageHeader } from "#client/components/page-header.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { useUpdateOffer } from "#client/features/portal/api/offer-mutations.ts";
import { portalQueries } from "#client/features/portal/api/portal-queries.ts";
import { OfferForm, type OfferFormValues } from "#client/features/portal/components/offer-form.tsx";
import "#client/features/portal/messages.ts";

export function PortalEditOfferRoute() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const showToast = useToast();
  const offer = useQuery(portalQueries.offer(id));
  const updateOffer = useUpdateOffer(id);
  if (offer.isPending) return <Loading />;
  if (offer.isError) return <ErrorState error={offer.error} onRetry={() => void offer.refetch()} />;
  const onSubmit = async ({ companyId: _companyId, status: _status, ...values }: OfferFormValues) => {
    await updateOffer.mutateAsync({ version: offer.data.version, ...values });
    showToast(t("portal.offers.saved"));
    await navigate(`/portal/offers/${id}`);
  };
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="breadcrumb">
        <Link to={`/portal/offers/${id}`}>{offer.data.title}</Link>
      </nav>
      <PageHeader title={t("portal.offers.edit")} description={t("portal.offers.editDescription")} />
      <div className="card card-form">
        <OfferForm
          key={offer.data.version}
          offer={offer.data}
          pending={updateOffer.isPending}
          error={updateOffer.error}
          onSubmit={onSubmit}
          onReload={() => updateOffer.reset()}
          cancelTo={`/portal/offers/${id}`}
        />
      </div>
    </>
  );
}
