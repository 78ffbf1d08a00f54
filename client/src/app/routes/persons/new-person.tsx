import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { PageHeader } from "#client/components/page-header.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { CreatePersonForm } from "#client/features/persons/components/create-person-form.tsx";
import type { Person } from "#shared/schemas/person.ts";
import "#client/features/persons/messages.ts";

export function NewPersonRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const showToast = useToast();
  const onCreated = (person: Person) => {
    showToast(t("persons.created", { name: `${person.givenNames} ${person.familyName}` }));
    void navigate(`/persons/${person.id}`);
  };
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="breadcrumb">
        <Link to="/persons">{t("persons.title")}</Link>
      </nav>
      <PageHeader title={t("persons.new")} description={t("persons.newDescription")} />
      <div className="card card-form">
        <CreatePersonForm onCreated={onCreated} cancelTo="/persons" />
      </div>
    </>
  );
}
