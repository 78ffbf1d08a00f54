import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { PersonAccessTable } from "#client/features/access-history/person-access-table.tsx";
import { usePersonExport } from "#client/features/person-export/api/get-person-export.ts";
import { PersonExportDocument } from "#client/features/person-export/components/person-export-document.tsx";
import "#client/features/agencies/messages.ts";
import "#client/features/language/messages.ts";
import "#client/features/offers/messages.ts";
import "#client/features/persons/messages.ts";
import "#client/features/programmes/messages.ts";

/** The printable Art. 15 export; its labels come from the catalogues of the features it shows. */
export function PersonExportRoute() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const bundle = usePersonExport(id);
  if (bundle.isPending) return <Loading />;
  if (bundle.isError) return <ErrorState error={bundle.error} onRetry={() => void bundle.refetch()} />;
  return (
    <PersonExportDocument
      bundle={bundle.data}
      accessTable={
        <PersonAccessTable entries={bundle.data.access} caption={t("personExport.sections.access")} />
      }
    />
  );
}
