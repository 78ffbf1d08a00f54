import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Button } from "#client/components/button.tsx";
import { EmptyState } from "#client/components/empty-state.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { FilterChip } from "#client/components/filter-chip.tsx";
import { Loading } from "#client/components/loading.tsx";
import { SearchField } from "#client/components/search-field.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { useSetSearchParam } from "#client/lib/search-params.ts";
import { agencyQueries } from "../api/get-agencies.ts";
import { agencyParamsFrom } from "../utils/agency-filters.ts";
import { AgenciesTable } from "./agencies-table.tsx";
import { RegisterAgencyForm } from "./register-agency-form.tsx";
import "../messages.ts";

export function AgenciesList({
  registering,
  onRegistered,
}: {
  registering: boolean;
  onRegistered: () => void;
}) {
  const { t } = useTranslation();
  const showToast = useToast();
  const [searchParams, setSearchParams] = useSearchParams();
  const setParam = useSetSearchParam();
  const params = agencyParamsFrom(searchParams);
  const agencies = useQuery({ ...agencyQueries.list(params), placeholderData: keepPreviousData });
  const [showForm, setShowForm] = useState(false);
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = editingId ? agencies.data?.find((agency) => agency.id === editingId) : undefined;
  const editCard = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // The form opens above the table; bring it into view and put the cursor in it.
    if (!editingId) return;
    editCard.current?.scrollIntoView({ block: "nearest" });
    editCard.current?.querySelector<HTMLElement>("input, select")?.focus();
  }, [editingId]);
  const formOpen = registering || showForm;
  const filtered = params.q !== undefined || params.sealWarning !== undefined;
  const close = () => {
    setShowForm(false);
    onRegistered();
  };

  return (
    <div className="stack">
      {formOpen && (
        <div className="card card-form">
          <RegisterAgencyForm
            onDone={(agency) => {
              if (agency) showToast(t("agencies.registered", { name: agency.name }));
              close();
            }}
          />
        </div>
      )}
      {editing && (
        <div className="card card-form" ref={editCard}>
          <RegisterAgencyForm
            key={editing.id}
            agency={editing}
            onDone={(agency) => {
              if (agency) showToast(t("agencies.saved", { name: agency.name }));
              setEditingId(null);
            }}
          />
        </div>
      )}
      <search className="filters" aria-label={t("agencies.filtersLabel")}>
        <SearchField
          label={t("agencies.search")}
          placeholder={t("agencies.searchPlaceholder")}
          value={params.q ?? ""}
          onSearch={(q) => setParam("q", q, true)}
        />
        <div className="filter-chips">
          <FilterChip
            label={t("agencies.onlyWarnings")}
            pressed={params.sealWarning === "any"}
            onToggle={(pressed) => setParam("warnings", pressed ? "1" : "")}
          />
        </div>
      </search>
      {agencies.isPending ? (
        <Loading />
      ) : agencies.isError ? (
        <ErrorState error={agencies.error} onRetry={() => void agencies.refetch()} />
      ) : agencies.data.length === 0 ? (
        filtered ? (
          <EmptyState
            title={t("agencies.noMatches")}
            action={<Button onClick={() => setSearchParams({})}>{t("common.resetFilters")}</Button>}
          />
        ) : (
          <EmptyState
            title={t("agencies.empty")}
            action={
              !formOpen && (
                <Button variant="primary" onClick={() => setShowForm(true)}>
                  {t("agencies.register")}
                </Button>
              )
            }
          >
            <p>{t("agencies.emptyText")}</p>
          </EmptyState>
        )
      ) : (
        <AgenciesTable agencies={agencies.data} onEdit={(agency) => setEditingId(agency.id)} />
      )}
    </div>
  );
}
