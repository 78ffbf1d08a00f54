import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { RecordReadOnly } from "#client/components/record-read-only.tsx";
import { PersonAgencyWarning } from "#client/features/agencies/components/person-agency.tsx";
import { AnonymiseButton } from "#client/features/anonymisation/components/anonymise-button.tsx";
import { AnonymisedNotice } from "#client/features/anonymisation/components/anonymised-notice.tsx";
import { useSessionUser } from "#client/features/auth/api/get-me.ts";
import { PersonExportLink } from "#client/features/person-export/components/person-export-link.tsx";
import { usePerson } from "#client/features/persons/api/get-persons.ts";
import { PersonHeader } from "#client/features/persons/components/person-header.tsx";
import { can } from "#shared/auth/permissions.ts";
import { personSections } from "./person-sections.tsx";
import { PersonPendingTransfer, PersonTransferButton } from "./person-transfer.tsx";
import "#client/features/persons/messages.ts";

export function PersonRoute() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const person = usePerson(id);
  const user = useSessionUser();
  if (person.isPending) return <Loading />;
  if (person.isError) return <ErrorState error={person.error} onRetry={() => void person.refetch()} />;
  return (
    <>
      <nav aria-label={t("common.breadcrumb")} className="breadcrumb">
        <Link to="/persons">{t("persons.title")}</Link>
      </nav>
      <PersonHeader person={person.data} />
      <div className="page-actions no-print">
        <PersonExportLink personId={person.data.id} />
        {!person.data.anonymisedAt && can(user.role, "anonymise:person") && (
          <AnonymiseButton person={person.data} />
        )}
        {can(user.role, "create:transfer") && <PersonTransferButton person={person.data} />}
      </div>
      {can(user.role, "create:transfer") && <PersonPendingTransfer person={person.data} />}
      {person.data.anonymisedAt && <AnonymisedNotice anonymisedAt={person.data.anonymisedAt} />}
      <PersonAgencyWarning personId={person.data.id} />
      <div className="record-layout">
        <nav className="section-nav" aria-label={t("persons.sectionNav")}>
          <ul>
            {personSections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.id}`}>{t(section.labelKey)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="record-sections">
          <RecordReadOnly readOnly={person.data.anonymisedAt !== null}>
            {personSections.map((section) => (
              <div key={section.id}>{section.render(person.data)}</div>
            ))}
          </RecordReadOnly>
        </div>
      </div>
    </>
  );
}
