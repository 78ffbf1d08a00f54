import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { isStaleVersion } from "#client/lib/conflict.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import type { Company, CompanyUpdate } from "#shared/schemas/company.ts";
import { useUpdateCompany } from "./change-company.ts";
import { companyQueries } from "./get-companies.ts";

type Changes = Omit<CompanyUpdate, "version">;

/** Saves one section with the version it was read at; a stale version offers a reload. */
export function useCompanySave(company: Company, onDone: () => void) {
  const { t } = useTranslation();
  const showToast = useToast();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const update = useUpdateCompany();
  const [conflict, setConflict] = useState(false);

  const save = <T extends FieldValues>(
    changes: Changes,
    setError?: UseFormSetError<T>,
    fields: Path<T>[] = [],
  ) => {
    setConflict(false);
    update.mutate(
      { id: company.id, changes: { version: company.version, ...changes } },
      {
        onSuccess: () => {
          showToast(t("companies.saved"));
          onDone();
        },
        onError: (error) => {
          if (isStaleVersion(error)) setConflict(true);
          else if (!setError || !applyServerErrors(error, setError, fields))
            showToast(errorMessage(error), "error");
        },
      },
    );
  };

  const reload = () => {
    setConflict(false);
    void queryClient.invalidateQueries({ queryKey: companyQueries.detail(company.id).queryKey });
    onDone();
  };

  return { save, conflict, reload, pending: update.isPending };
}
