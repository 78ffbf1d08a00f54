import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { ErrorState } from "../../../components/error-state.tsx";
import { Loading } from "../../../components/loading.tsx";
import { PersonAccessTable } from "../../../features/access-history/person-access-table.tsx";
import { usePersonExport } from "../../../features/person-export/api/get-person-export.ts";
import { PersonExportDocument } from "../../../features/person-export/components/person-export-document.tsx";
import "../../../features/agencies/messages.ts";
import "../../../features/language/messages.ts";
import "../../../features/offers/messages.ts";
import "../../../features/persons/messages.ts";
import "../../../features/programmes/messages.ts";

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
