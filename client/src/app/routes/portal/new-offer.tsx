import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { Loading } from "#client/components/loading.tsx";
import { PageHeader } from "#client/components/page-header.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { useSessionUser } from "#client/features/auth/api/get-me.ts";
import { useCreateOffer } from "#client/features/portal/api/offer-mutations.ts";
import { portalQueries } from "#client/features/portal/api/portal-queries.ts";
import { OfferForm, type OfferFormValues } from "#client/features/portal/components/offer-form.tsx";
import "#client/features/portal/messages.ts";

export function PortalNewOfferRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const showToast = useToast();
  const user = useSessionUser();
  const company = useQuery({
    ...portalQueries.company(user.companyId ?? ""),
    enabled: Boolean(user.companyId),
  });
  const createOffer = useCreateOffer();
  const onSubmit = async ({ companyId: _companyId, ...values }: OfferFormValues, mode: string) => {
    const offer = await createOffer.mutateAsync({ ...values, status: mode === "open" ? "open" : "draft" });
    showToast(
      offer.status === "open"
        ? t("portal.offers.published", { title: offer.title })
        : t("portal.offers.created", { title: offer.title }),
    );
    await navigate(`/portal/offers/${offer.id}`);
  };
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="breadcrumb">
        <Link to="/portal/offers">{t("portal.back.offers")}</Link>
      </nav>
      <PageHeader title={t("portal.offers.new")} description={t("portal.offers.newDescription")} />
      <div className="card card-form">
        {company.isPending && user.companyId ? (
          <Loading />
        ) : (
          <OfferForm
            defaultDistrict={company.data?.district}
            pending={createOffer.isPending}
            error={createOffer.error}
            onSubmit={onSubmit}
            cancelTo="/portal/offers"
          />
        )}
      </div>
    </>
  );
}
