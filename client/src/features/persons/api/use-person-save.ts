import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { isStaleVersion } from "#client/lib/conflict.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import type { Person, PersonUpdate } from "#shared/schemas/person.ts";
import { personQueries } from "./get-persons.ts";
import { useUpdatePerson } from "./update-person.ts";
import "../messages.ts";

type Changes = Omit<PersonUpdate, "version">;

/** Saves one section of the profile with the version it was read at; a stale version offers a reload. */
export function usePersonSave(person: Person, onDone: () => void) {
  const { t } = useTranslation();
  const showToast = useToast();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const update = useUpdatePerson();
  const [conflict, setConflict] = useState(false);

  const save = <T extends FieldValues>(changes: Changes, setError: UseFormSetError<T>, fields: Path<T>[]) => {
    setConflict(false);
    update.mutate(
      { id: person.id, changes: { version: person.version, ...changes } },
      {
        onSuccess: () => {
          showToast(t("persons.saved"));
          onDone();
        },
        onError: (error) => {
          if (isStaleVersion(error)) setConflict(true);
          else if (!applyServerErrors(error, setError, fields)) showToast(errorMessage(error), "error");
        },
      },
    );
  };

  const reload = () => {
    setConflict(false);
    void queryClient.invalidateQueries({ queryKey: personQueries.detail(person.id).queryKey });
    onDone();
  };

  return { save, conflict, reload, pending: update.isPending };
}
