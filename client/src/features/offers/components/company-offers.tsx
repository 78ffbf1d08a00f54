import { useTranslation } from "react-i18next";
import { ButtonLink } from "#client/components/button.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { Section } from "#client/components/section.tsx";
import { useCompanyOffers } from "../api/get-offers.ts";
import { OffersTable } from "./offers-table.tsx";
import "../messages.ts";

export function CompanyOffers({ companyId, title }: { companyId: string; title: string }) {
  const { t } = useTranslation();
  const offers = useCompanyOffers(companyId);
  return (
    <Section
      id="offers"
      title={title}
      actions={
        <ButtonLink className="button-small" to={`/offers/new?companyId=${encodeURIComponent(companyId)}`}>
          {t("offers.companyOffers.add")}
        </ButtonLink>
      }
    >
      {offers.isPending ? (
        <Loading />
      ) : offers.isError ? (
        <ErrorState error={offers.error} onRetry={() => void offers.refetch()} />
      ) : offers.data.length === 0 ? (
        <p className="text-muted">{t("offers.companyOffers.none")}</p>
      ) : (
        <OffersTable offers={offers.data} caption={t("offers.companyOffers.caption")} withCompany={false} />
      )}
    </Section>
  );
}
