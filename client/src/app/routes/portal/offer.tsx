import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Alert } from "#client/components/alert.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { PageHeader } from "#client/components/page-header.tsx";
import { Section } from "#client/components/section.tsx";
import { useSessionUser } from "#client/features/auth/api/get-me.ts";
import { portalQueries } from "#client/features/portal/api/portal-queries.ts";
import { OfferCandidates } from "#client/features/portal/components/offer-candidates.tsx";
import { OfferDetails } from "#client/features/portal/components/offer-details.tsx";
import { OfferStatusActions } from "#client/features/portal/components/offer-status-actions.tsx";
import { OfferStatusBadge } from "#client/features/portal/components/offer-status-badge.tsx";
import { StageCounts } from "#client/features/portal/components/stage-counts.tsx";
import { kldbTitle } from "#shared/reference/kldb.ts";
import "#client/features/portal/messages.ts";

export function PortalOfferRoute() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const user = useSessionUser();
  const offer = useQuery(portalQueries.offer(id));
  if (offer.isPending) return <Loading />;
  if (offer.isError) return <ErrorState error={offer.error} onRetry={() => void offer.refetch()} />;
  const item = offer.data;
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="breadcrumb">
        <Link to="/portal/offers">{t("portal.back.offers")}</Link>
      </nav>
      <PageHeader
        title={item.title}
        description={`${t(`portal.types.${item.type}`)} · ${kldbTitle(item.occupation)}`}
        actions={<OfferStatusActions offer={item} />}
      />
      <div className="offer-summary">
        <OfferStatusBadge status={item.status} />
        <StageCounts counts={item.stageCounts} />
      </div>
      {item.status === "draft" && (
        <Alert tone="info" role="status">
          {t("portal.offer.draftHint")}
        </Alert>
      )}
      <div className="portal-stack">
        <Section id="candidates" title={t("portal.offer.candidates")}>
          <OfferCandidates offerId={item.id} viewerName={user.name} />
        </Section>
        <Section id="offer-details" title={t("portal.offer.details")}>
          <OfferDetails offer={item} />
        </Section>
      </div>
    </>
  );
}
