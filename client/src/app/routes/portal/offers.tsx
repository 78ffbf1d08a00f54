import { useTranslation } from "react-i18next";
import { ButtonLink } from "#client/components/button.tsx";
import { PageHeader } from "#client/components/page-header.tsx";
import { OfferList } from "#client/features/portal/components/offer-list.tsx";
import "#client/features/portal/messages.ts";

export function PortalOffersRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t("portal.offers.title")}
        description={t("portal.offers.description")}
        actions={
          <ButtonLink variant="primary" to="/portal/offers/new">
            {t("portal.offers.new")}
          </ButtonLink>
        }
      />
      <OfferList />
    </>
  );
}
