import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { Button } from "#client/components/button.tsx";
import { CaseworkerSelect } from "#client/components/caseworker-select.tsx";
import { ConflictAlert } from "#client/components/conflict-alert.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { isStaleVersion } from "#client/lib/conflict.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { type Case, CaseCreateSchema } from "#shared/schemas/case.ts";
import type { Caseworker } from "#shared/schemas/user.ts";
import { useChangeCase } from "../api/update-case.ts";
import { ConcernsFieldset } from "./concerns-fieldset.tsx";
import { SourceChannelSelect } from "./source-channel-select.tsx";

const DetailsSchema = z.object({
  concerns: CaseCreateSchema.shape.concerns,
  sourceChannel: CaseCreateSchema.shape.sourceChannel,
  advisorId: CaseCreateSchema.shape.advisorId,
});

type CaseDetailsFormProps = { item: Case; caseworkers: Caseworker[]; onDone: () => void };

export function CaseDetailsForm({ item, caseworkers, onDone }: CaseDetailsFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const showToast = useToast();
  const changeCase = useChangeCase();
  const [conflict, setConflict] = useState(false);
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: withRequiredErrors(zodResolver(DetailsSchema)),
    mode: "onTouched",
    defaultValues: {
      concerns: item.concerns,
      sourceChannel: item.sourceChannel,
      advisorId: item.advisorId ?? "",
    },
  });
  const onSubmit = handleSubmit((changes) => {
    setConflict(false);
    changeCase.mutate(
      { kind: "update", id: item.id, body: { version: item.version, ...changes } },
      {
        onSuccess: () => {
          showToast(t("cases.saved"));
          onDone();
        },
        onError: (error) => {
          if (isStaleVersion(error)) setConflict(true);
          else if (!applyServerErrors(error, setError, ["concerns", "sourceChannel", "advisorId"]))
            showToast(errorMessage(error), "error");
        },
      },
    );
  });
  return (
    <form className="form" noValidate onSubmit={onSubmit} aria-label={t("cases.details")}>
      {conflict && <ConflictAlert onReload={onDone} />}
      <ConcernsFieldset registration={register("concerns")} error={fieldError(formState.errors.concerns)} />
      <SourceChannelSelect
        error={fieldError(formState.errors.sourceChannel)}
        {...register("sourceChannel")}
      />
      <CaseworkerSelect
        label={t("cases.fields.advisor")}
        emptyLabel={t("cases.unassigned")}
        caseworkers={caseworkers}
        current={item.advisorId ? { id: item.advisorId, name: item.advisorName ?? "" } : null}
        error={fieldError(formState.errors.advisorId)}
        {...register("advisorId", { setValueAs: (value: string | null) => value || null })}
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={changeCase.isPending}>
          {t("common.save")}
        </Button>
        <Button onClick={onDone}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}
