import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { Dialog } from "#client/components/dialog.tsx";
import { TextareaField } from "#client/components/textarea-field.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { AnonymiseRequestSchema } from "#shared/schemas/anonymisation.ts";
import type { Person } from "#shared/schemas/person.ts";
import { legalHoldsOf, useAnonymisePerson } from "../api/anonymise-person.ts";
import { LegalHoldAlert } from "./legal-hold-alert.tsx";
import "../messages.ts";

const goes = ["names", "contact", "birthDate", "certificates", "texts", "dates", "cached"] as const;

type AnonymiseDialogProps = { person: Person; open: boolean; onClose: () => void };

export function AnonymiseDialog({ person, open, onClose }: AnonymiseDialogProps) {
  const { t } = useTranslation();
  const name = `${person.givenNames} ${person.familyName}`;
  return (
    <Dialog open={open} title={t("anonymisation.title", { name })} onClose={onClose}>
      <AnonymiseForm person={person} onDone={onClose} />
    </Dialog>
  );
}

function AnonymiseForm({ person, onDone }: { person: Person; onDone: () => void }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const showToast = useToast();
  const anonymise = useAnonymisePerson();
  const form = useForm({
    resolver: withRequiredErrors(zodResolver(AnonymiseRequestSchema)),
    mode: "onTouched",
    defaultValues: { version: person.version, reason: "" },
  });
  const holds = legalHoldsOf(anonymise.error);
  const onSubmit = form.handleSubmit((body) =>
    anonymise.mutate(
      { id: person.id, body },
      {
        onSuccess: () => {
          showToast(t("anonymisation.done"));
          onDone();
        },
        onError: (error) => applyServerErrors(error, form.setError, ["reason"]),
      },
    ),
  );
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      <p>{t("anonymisation.irreversible")}</p>
      <h3>{t("anonymisation.goesTitle")}</h3>
      <ul>
        {goes.map((item) => (
          <li key={item}>{t(`anonymisation.goes.${item}`)}</li>
        ))}
      </ul>
      <h3>{t("anonymisation.staysTitle")}</h3>
      <p>{t("anonymisation.stays")}</p>
      {holds && <LegalHoldAlert holds={holds} />}
      {anonymise.error && !holds && !form.formState.errors.reason && (
        <Alert>{errorMessage(anonymise.error)}</Alert>
      )}
      <TextareaField
        label={t("anonymisation.reason")}
        hint={t("anonymisation.reasonHint")}
        rows={2}
        error={fieldError(form.formState.errors.reason)}
        {...form.register("reason")}
      />
      <div className="form-actions">
        <Button type="submit" variant="danger" busy={anonymise.isPending} disabled={holds !== null}>
          {t("anonymisation.confirm")}
        </Button>
        <Button onClick={onDone}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}
