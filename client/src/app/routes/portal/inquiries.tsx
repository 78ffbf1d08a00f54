import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../../components/button.tsx";
import { PageHeader } from "../../../components/page-header.tsx";
import { InquiryList } from "../../../features/portal/components/inquiry-list.tsx";
import "../../../features/portal/messages.ts";

export function PortalInquiriesRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader
        title={t("portal.inquiries.title")}
        description={t("portal.inquiries.description")}
        actions={
          <ButtonLink variant="primary" to="/portal/inquiries/new">
            {t("portal.inquiries.new")}
          </ButtonLink>
        }
      />
      <InquiryList />
    </>
  );
}
