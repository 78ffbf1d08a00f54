import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { PageHeader } from "#client/components/page-header.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { InquiryForm } from "#client/features/portal/components/inquiry-form.tsx";
import "#client/features/portal/messages.ts";

export function PortalNewInquiryRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const showToast = useToast();
  const onCreated = () => {
    showToast(t("portal.inquiries.created"));
    void navigate("/portal/inquiries");
  };
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="breadcrumb">
        <Link to="/portal/inquiries">{t("portal.back.inquiries")}</Link>
      </nav>
      <PageHeader title={t("portal.inquiries.new")} description={t("portal.inquiries.newDescription")} />
      <div className="card card-form">
        <InquiryForm onCreated={onCreated} cancelTo="/portal/inquiries" />
      </div>
    </>
  );
}
