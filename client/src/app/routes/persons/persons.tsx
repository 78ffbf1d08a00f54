import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { can } from "../../../../../shared/auth/permissions.ts";
import { ButtonLink } from "../../../components/button.tsx";
import { PageHeader } from "../../../components/page-header.tsx";
import { useSessionUser } from "../../../features/auth/api/get-me.ts";
import { useCaseworkers } from "../../../features/caseworkers/api/get-caseworkers.ts";
import { ListExportButtons } from "../../../features/list-exports/components/list-export-buttons.tsx";
import { PersonsList } from "../../../features/persons/components/persons-list.tsx";
import { personFiltersFrom, personListParams } from "../../../features/persons/utils/person-filters.ts";
import "../../../features/persons/messages.ts";

export function PersonsRoute() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const caseworkers = useCaseworkers();
  const [searchParams] = useSearchParams();
  return (
    <>
      <PageHeader
        title={t("persons.title")}
        description={t("persons.description", { centre: user.centreName })}
        actions={
          <>
            {can(user.role, "export:person") && (
              <ListExportButtons list="persons" params={personListParams(personFiltersFrom(searchParams))} />
            )}
            {can(user.role, "merge:person") && (
              <ButtonLink to="/persons/duplicates">{t("persons.duplicatePairs")}</ButtonLink>
            )}
            <ButtonLink to="/language-sessions/new">{t("persons.languageSession")}</ButtonLink>
            <ButtonLink variant="primary" to="/persons/new">
              {t("persons.new")}
            </ButtonLink>
          </>
        }
      />
      <PersonsList userId={user.id} caseworkers={caseworkers.data ?? []} />
    </>
  );
}
