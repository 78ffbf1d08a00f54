import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../../components/button.tsx";
import { PageHeader } from "../../../components/page-header.tsx";
import { OfferList } from "../../../features/portal/components/offer-list.tsx";
import "../../../features/portal/messages.ts";

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
