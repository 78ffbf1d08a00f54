import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { PageHeader } from "#client/components/page-header.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { CreateCompanyForm } from "#client/features/companies/components/create-company-form.tsx";
import type { Company } from "#shared/schemas/company.ts";

export function NewCompanyRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const showToast = useToast();
  const onCreated = (company: Company) => {
    showToast(t("companies.created", { name: company.name }));
    void navigate(`/companies/${company.id}`);
  };
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="breadcrumb">
        <Link to="/companies">{t("companies.title")}</Link>
      </nav>
      <PageHeader title={t("companies.new")} description={t("companies.newDescription")} />
      <div className="card card-form">
        <CreateCompanyForm onCreated={onCreated} cancelTo="/companies" />
      </div>
    </>
  );
}
