import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Button, ButtonLink } from "#client/components/button.tsx";
import { isApiError } from "#client/lib/api-error.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { type Company, CompanyCreateSchema } from "#shared/schemas/company.ts";
import { useCreateCompany } from "../api/change-company.ts";
import { CompanyProfileFields, profileFieldNames } from "./company-fields.tsx";
import "../messages.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";

type CreateCompanyFormProps = { onCreated: (company: Company) => void; cancelTo: string };

export function CreateCompanyForm({ onCreated, cancelTo }: CreateCompanyFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const createCompany = useCreateCompany();
  const form = useForm({
    resolver: withRequiredErrors(zodResolver(CompanyCreateSchema)),
    mode: "onTouched",
    defaultValues: {
      name: "",
      sector: "craft" as const,
      chamber: null,
      district: undefined,
      sizeBand: null,
      notes: null,
    },
  });
  const onSubmit = form.handleSubmit((company) =>
    createCompany.mutate(company, {
      onSuccess: onCreated,
      onError: (error) => applyServerErrors(error, form.setError, profileFieldNames),
    }),
  );
  const failure = createCompany.error;
  const showFailure = failure && !isApiError(failure, "validation_failed");
  return (
    <FormProvider {...form}>
      <form className="form" noValidate onSubmit={onSubmit} aria-label={t("companies.new")}>
        {showFailure && <Alert>{errorMessage(failure)}</Alert>}
        <CompanyProfileFields promptDistrict />
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={createCompany.isPending}>
            {t("companies.create")}
          </Button>
          <ButtonLink to={cancelTo}>{t("common.cancel")}</ButtonLink>
        </div>
      </form>
    </FormProvider>
  );
}
