import { useTranslation } from "react-i18next";
import { EmptyState } from "#client/components/empty-state.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { Loading } from "#client/components/loading.tsx";
import { useCentres } from "../api/get-centres.ts";
import { CentresTable } from "./centres-table.tsx";
import "../messages.ts";

export function CentresList({ currentCentreId }: { currentCentreId: string }) {
  const { t } = useTranslation();
  const centres = useCentres();
  if (centres.isPending) return <Loading />;
  if (centres.isError) return <ErrorState error={centres.error} onRetry={() => void centres.refetch()} />;
  if (centres.data.length === 0) {
    return (
      <EmptyState title={t("centres.empty")}>
        <p>{t("centres.emptyText")}</p>
      </EmptyState>
    );
  }
  const sorted = [...centres.data].sort((a, b) => a.name.localeCompare(b.name, "de"));
  return <CentresTable centres={sorted} currentCentreId={currentCentreId} />;
}
