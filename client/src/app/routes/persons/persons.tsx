import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ButtonLink } from "#client/components/button.tsx";
import { PageHeader } from "#client/components/page-header.tsx";
import { useSessionUser } from "#client/features/auth/api/get-me.ts";
import { BulkActionBar } from "#client/features/bulk-actions/components/bulk-action-bar.tsx";
import { selectColumn } from "#client/features/bulk-actions/components/row-checkboxes.tsx";
import { useRowSelection } from "#client/features/bulk-actions/utils/use-row-selection.ts";
import { useCaseworkers } from "#client/features/caseworkers/api/get-caseworkers.ts";
import { ListExportButtons } from "#client/features/list-exports/components/list-export-buttons.tsx";
import { PersonsList } from "#client/features/persons/components/persons-list.tsx";
import { personFiltersFrom, personListParams } from "#client/features/persons/utils/person-filters.ts";
import { can } from "#shared/auth/permissions.ts";
import type { PersonListItem } from "#shared/schemas/person.ts";
import "#client/features/persons/messages.ts";

export function PersonsRoute() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const caseworkers = useCaseworkers();
  const [searchParams] = useSearchParams();
  const params = personListParams(personFiltersFrom(searchParams));
  const selection = useRowSelection(JSON.stringify(params));
  const mayChange = can(user.role, "update:person");
  const mayExport = can(user.role, "export:person");
  return (
    <>
      <PageHeader
        title={t("persons.title")}
        description={t("persons.description", { centre: user.centreName })}
        actions={
          <>
            {can(user.role, "export:person") && <ListExportButtons list="persons" params={params} />}
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
      <PersonsList
        userId={user.id}
        caseworkers={caseworkers.data ?? []}
        select={
          mayChange
            ? selectColumn<PersonListItem>(selection, (row) =>
                row.anonymisedAt ? t("persons.anonymised") : `${row.familyName}, ${row.givenNames}`,
              )
            : undefined
        }
      />
      {mayChange && (
        <BulkActionBar
          list="persons"
          selection={selection}
          filter={params}
          userId={user.id}
          caseworkers={caseworkers.data ?? []}
          exportButtons={(ids) => mayExport && <ListExportButtons list="persons" params={params} ids={ids} />}
        />
      )}
    </>
  );
}
