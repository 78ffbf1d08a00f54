import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { Alert } from "#client/components/alert.tsx";
import { Button, ButtonLink } from "#client/components/button.tsx";
import { EmptyState } from "#client/components/empty-state.tsx";
import { ErrorState } from "#client/components/error-state.tsx";
import { LoadMore } from "#client/components/load-more.tsx";
import { Loading } from "#client/components/loading.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { isStaleVersion } from "#client/lib/conflict.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import type { User } from "#shared/schemas/user.ts";
import { useUsers } from "../api/get-users.ts";
import { useRequestSecondFactorReset } from "../api/reset-second-factor.ts";
import { useUpdateUser } from "../api/update-user.ts";
import { userFiltersFrom } from "../utils/user-filters.ts";
import { ResetPasswordDialog } from "./reset-password-dialog.tsx";
import { UsersFilters } from "./users-filters.tsx";
import { UsersTable } from "./users-table.tsx";
import "../messages.ts";

type UsersListProps = { currentUserId: string; canCreate: boolean };

export function UsersList({ currentUserId, canCreate }: UsersListProps) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = userFiltersFrom(searchParams);
  const users = useUsers(filters);
  const updateUser = useUpdateUser();
  const showToast = useToast();
  const resetSecondFactor = useRequestSecondFactorReset();
  const errorMessage = useErrorMessage();
  const [resetTarget, setResetTarget] = useState<User | null>(null);
  const [conflict, setConflict] = useState(false);

  const toggleActive = (user: User) => {
    setConflict(false);
    updateUser.mutate(
      { id: user.id, changes: { version: user.version, active: !user.active } },
      {
        onSuccess: (saved) =>
          showToast(t(saved.active ? "users.activated" : "users.deactivated", { name: saved.name })),
        onError: (error) => {
          if (isStaleVersion(error)) setConflict(true);
          else showToast(errorMessage(error), "error");
        },
      },
    );
  };

  const reload = () => {
    setConflict(false);
    void users.refetch();
  };

  const items = users.data?.pages.flatMap((page) => page.items) ?? [];
  const hasFilters = Boolean(filters.q || filters.role || filters.active);

  return (
    <div className="stack">
      <UsersFilters />
      {conflict && (
        <Alert
          tone="warning"
          action={
            <Button variant="secondary" onClick={reload}>
              {t("common.reload")}
            </Button>
          }
        >
          {t("errors.conflictReload")}
        </Alert>
      )}
      {users.isPending ? (
        <Loading />
      ) : users.isError && items.length === 0 ? (
        <ErrorState error={users.error} onRetry={() => void users.refetch()} />
      ) : items.length === 0 ? (
        hasFilters ? (
          <EmptyState
            title={t("users.noMatches")}
            action={<Button onClick={() => setSearchParams({})}>{t("common.resetFilters")}</Button>}
          >
            <p>{t("users.noMatchesText")}</p>
          </EmptyState>
        ) : (
          <EmptyState
            title={t("users.empty")}
            action={
              canCreate && (
                <ButtonLink variant="primary" to="/admin/users/new">
                  {t("users.new")}
                </ButtonLink>
              )
            }
          >
            <p>{t("users.emptyText")}</p>
          </EmptyState>
        )
      ) : (
        <div
          className={users.isPlaceholderData ? "stack is-refreshing" : "stack"}
          aria-busy={users.isFetching}
        >
          <UsersTable
            users={items}
            currentUserId={currentUserId}
            pendingUserId={updateUser.isPending ? (updateUser.variables?.id ?? null) : null}
            onToggleActive={toggleActive}
            onResetPassword={setResetTarget}
            onResetSecondFactor={(user) =>
              resetSecondFactor.mutate(user.id, {
                onSuccess: () => showToast(t("users.secondFactorResetRequested", { name: user.name })),
                onError: (error) => showToast(errorMessage(error), "error"),
              })
            }
          />
          <LoadMore
            shown={items.length}
            hasMore={users.hasNextPage}
            loading={users.isFetchingNextPage}
            error={users.isFetchNextPageError ? users.error : null}
            onLoadMore={() => void users.fetchNextPage()}
          />
        </div>
      )}
      <ResetPasswordDialog user={resetTarget} onClose={() => setResetTarget(null)} />
    </div>
  );
}
