import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { PageHeader } from "#client/components/page-header.tsx";
import { LanguageSessionForm } from "#client/features/language/components/language-session-form.tsx";
import "#client/features/persons/messages.ts";

export function NewLanguageSessionRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="breadcrumb">
        <Link to="/persons">{t("persons.title")}</Link>
      </nav>
      <PageHeader title={t("language.session.title")} description={t("language.session.description")} />
      <div className="card">
        <LanguageSessionForm onSaved={() => void navigate("/persons")} />
      </div>
    </>
  );
}
