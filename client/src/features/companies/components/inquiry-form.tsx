import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { DateField } from "#client/components/date-field.tsx";
import {
  InquiryFields,
  type InquiryFieldsWording,
  inquiryFieldNames,
} from "#client/components/inquiry-fields.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { isApiError } from "#client/lib/api-error.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { todayIso } from "#client/lib/dates.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { InquiryCreateSchema } from "#shared/schemas/inquiry.ts";
import { useCreateInquiry } from "../api/change-inquiry.ts";
import "../messages.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";

const fields = [...inquiryFieldNames, "receivedOn"] as const;

export function InquiryForm({ companyId, onDone }: { companyId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const showToast = useToast();
  const create = useCreateInquiry(companyId);
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: withRequiredErrors(zodResolver(InquiryCreateSchema)),
    mode: "onTouched",
    defaultValues: {
      occupation: "",
      peopleCount: 1,
      germanLevel: null,
      startOn: null,
      helpWanted: [],
      notes: null,
      receivedOn: todayIso(),
    },
  });
  const errors = formState.errors;
  const onSubmit = handleSubmit((inquiry) =>
    create.mutate(inquiry, {
      onSuccess: () => {
        showToast(t("companies.inquiries.added"));
        onDone();
      },
      onError: (error) => applyServerErrors(error, setError, fields),
    }),
  );
  const wording: InquiryFieldsWording = {
    occupation: t("companies.inquiries.occupation"),
    chooseOccupation: t("companies.inquiries.chooseOccupation"),
    peopleCount: t("companies.inquiries.peopleCount"),
    germanLevel: t("companies.inquiries.germanLevel"),
    noLevel: t("companies.inquiries.anyLevel"),
    startOn: t("companies.inquiries.startOn"),
    helpWanted: t("companies.inquiries.helpWanted"),
    helpOf: (kind) => t(`companies.inquiries.help.${kind}`),
    notes: t("companies.inquiries.notes"),
  };
  const failure = create.error && !isApiError(create.error, "validation_failed") ? create.error : null;
  return (
    <form
      className="form inline-form"
      noValidate
      onSubmit={onSubmit}
      aria-label={t("companies.inquiries.add")}
    >
      {failure && <Alert>{errorMessage(failure)}</Alert>}
      <InquiryFields
        register={register}
        errors={errors}
        variant="advisor"
        wording={wording}
        trail={
          <DateField
            label={t("companies.inquiries.receivedOn")}
            max={todayIso()}
            error={fieldError(errors.receivedOn)}
            {...register("receivedOn")}
          />
        }
      />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={create.isPending}>
          {t("companies.inquiries.add")}
        </Button>
        <Button onClick={onDone}>{t("common.cancel")}</Button>
      </div>
    </form>
  );
}
