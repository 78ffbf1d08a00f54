import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Button } from "#client/components/button.tsx";
import { EmptyState } from "#client/components/empty-state.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { LoadMore } from "#client/components/load-more.tsx";
import { Loading } from "#client/components/loading.tsx";
import { useAuditLog } from "../api/get-audit.ts";
import { auditFiltersFrom, auditFiltersToParams } from "../utils/audit-filters.ts";
import { AuditFilters, type AuditUserOption } from "./audit-filters.tsx";
import { AuditTable } from "./audit-table.tsx";
import "../messages.ts";

export function AuditLog({ userOptions }: { userOptions: AuditUserOption[] }) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = auditFiltersFrom(searchParams);
  const log = useAuditLog(filters);
  const entries = log.data?.pages.flatMap((page) => page.items) ?? [];
  const hasFilters = Object.keys(filters).length > 0;
  const showPerson = (personId: string) => setSearchParams(auditFiltersToParams({ ...filters, personId }));
  const clearPerson = () => setSearchParams(auditFiltersToParams({ ...filters, personId: undefined }));
  const filteredName = entries
    .flatMap((entry) => entry.persons)
    .find((person) => person.id === filters.personId)?.name;

  return (
    <div className="stack">
      <AuditFilters
        key={`${searchParams}#${userOptions.length}`}
        filters={filters}
        userOptions={userOptions}
      />
      {filters.personId && (
        <p className="filter-note" role="status">
          {filteredName ? t("audit.personFilter", { name: filteredName }) : t("audit.personFilterUnnamed")}{" "}
          <Button variant="quiet" onClick={clearPerson}>
            {t("audit.clearPerson")}
          </Button>
        </p>
      )}
      {log.isPending ? (
        <Loading />
      ) : log.isError && entries.length === 0 ? (
        <ErrorState error={log.error} onRetry={() => void log.refetch()} />
      ) : entries.length === 0 ? (
        <EmptyState
          title={hasFilters ? t("audit.noMatches") : t("audit.empty")}
          action={
            hasFilters && <Button onClick={() => setSearchParams({})}>{t("common.resetFilters")}</Button>
          }
        >
          <p>{hasFilters ? t("audit.noMatchesText") : t("audit.emptyText")}</p>
        </EmptyState>
      ) : (
        <div className={log.isPlaceholderData ? "stack is-refreshing" : "stack"} aria-busy={log.isFetching}>
          <AuditTable entries={entries} users={userOptions} onShowPerson={showPerson} />
          <LoadMore
            shown={entries.length}
            hasMore={log.hasNextPage}
            loading={log.isFetchingNextPage}
            error={log.isFetchNextPageError ? log.error : null}
            onLoadMore={() => void log.fetchNextPage()}
          />
        </div>
      )}
    </div>
  );
}
