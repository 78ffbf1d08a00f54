import { useTranslation } from "react-i18next";
import { ButtonLink } from "#client/components/button.tsx";
import { PageHeader } from "#client/components/page-header.tsx";
import { OffersList } from "#client/features/offers/components/offers-list.tsx";

export function OffersRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t("offers.title")}
        description={t("offers.description")}
        actions={
          <ButtonLink variant="primary" to="/offers/new">
            {t("offers.new")}
          </ButtonLink>
        }
      />
      <OffersList />
    </>
  );
}
