import { useTranslation } from "react-i18next";
import { ButtonLink } from "#client/components/button.tsx";
import { PageHeader } from "#client/components/page-header.tsx";
import { InquiryList } from "#client/features/portal/components/inquiry-list.tsx";
import "#client/features/portal/messages.ts";

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
