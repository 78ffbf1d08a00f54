import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { Alert } from "#client/components/alert.tsx";
import { Button, ButtonLink } from "#client/components/button.tsx";
import {
  InquiryFields,
  type InquiryFieldsWording,
  inquiryFieldNames,
} from "#client/components/inquiry-fields.tsx";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { type Inquiry, InquiryCreateSchema } from "#shared/schemas/inquiry.ts";
import { useCreateInquiry } from "../api/inquiry-mutations.ts";
import "../messages.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";

type InquiryInput = z.input<typeof InquiryCreateSchema>;

type InquiryFormProps = { onCreated: (inquiry: Inquiry) => void; cancelTo: string };

export function InquiryForm({ onCreated, cancelTo }: InquiryFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const createInquiry = useCreateInquiry();
  const defaultValues: InquiryInput = {
    occupation: "",
    peopleCount: 1,
    germanLevel: null,
    startOn: null,
    helpWanted: [],
    notes: null,
  };
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: withRequiredErrors(zodResolver(InquiryCreateSchema)),
    mode: "onTouched",
    defaultValues,
  });
  const errors = formState.errors;
  const onSubmit = handleSubmit((values) =>
    createInquiry.mutate(values, {
      onSuccess: onCreated,
      onError: (error) => applyServerErrors(error, setError, inquiryFieldNames),
    }),
  );
  const wording: InquiryFieldsWording = {
    occupation: t("portal.inquiries.occupation"),
    chooseOccupation: t("portal.form.chooseOccupation"),
    peopleCount: t("portal.inquiries.peopleCount"),
    germanLevel: t("portal.inquiries.germanLevel"),
    noLevel: t("portal.inquiries.noLevel"),
    startOn: t("portal.inquiries.startOn"),
    helpWanted: t("portal.inquiries.helpWanted"),
    helpOf: (kind) => t(`portal.inquiries.help.${kind}`),
    notes: t("portal.inquiries.notes"),
  };
  const failure = createInquiry.error;
  return (
    <form className="form" noValidate onSubmit={onSubmit}>
      {failure && Object.keys(errors).length === 0 && <Alert>{errorMessage(failure)}</Alert>}
      <InquiryFields register={register} errors={errors} variant="employer" wording={wording} />
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={createInquiry.isPending}>
          {t("portal.inquiries.submit")}
        </Button>
        <ButtonLink to={cancelTo}>{t("common.cancel")}</ButtonLink>
      </div>
    </form>
  );
}
