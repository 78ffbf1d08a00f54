import { zodResolver } from "@hookform/resolvers/zod";
import { FormProvider, useFieldArray, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { Alert } from "#client/components/alert.tsx";
import { Button } from "#client/components/button.tsx";
import { CompanyFields, type CompanyFieldsWording } from "#client/components/company-fields.tsx";
import { ConflictAlert } from "#client/components/conflict-alert.tsx";
import { TextField } from "#client/components/text-field.tsx";
import { useToast } from "#client/components/toasts/toast-context.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { isStaleVersion } from "#client/lib/conflict.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { CompanyCreateSchema, type CompanyProfile } from "#shared/schemas/company.ts";
import { useUpdateCompany } from "../api/company-mutations.ts";
import "../messages.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";

const ProfileSchema = CompanyCreateSchema.pick({
  name: true,
  sector: true,
  chamber: true,
  district: true,
  sizeBand: true,
  contacts: true,
});
type ProfileInput = z.input<typeof ProfileSchema>;
const serverFields = ["name", "sector", "chamber", "district", "sizeBand", "contacts"] as const;
const orNull = { setValueAs: (value: string | null) => (value?.trim() ? value.trim() : null) };
const MAX_CONTACTS = 20;

type CompanyFormProps = { company: CompanyProfile; onDone: () => void };

export function CompanyForm({ company, onDone }: CompanyFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const showToast = useToast();
  const update = useUpdateCompany(company.id);
  const defaultValues: ProfileInput = {
    name: company.name,
    sector: company.sector,
    chamber: company.chamber,
    district: company.district,
    sizeBand: company.sizeBand,
    contacts: company.contacts,
  };
  const form = useForm({
    resolver: withRequiredErrors(zodResolver(ProfileSchema)),
    mode: "onTouched",
    defaultValues,
  });
  const { register, handleSubmit, formState, setError, control, reset } = form;
  const contacts = useFieldArray({ control, name: "contacts" });
  const errors = formState.errors;
  const onSubmit = handleSubmit((values) =>
    update.mutate(
      { version: company.version, ...values },
      {
        onSuccess: () => {
          showToast(t("portal.company.saved"));
          onDone();
        },
        onError: (error) => applyServerErrors(error, setError, serverFields),
      },
    ),
  );
  const wording: CompanyFieldsWording = {
    name: t("portal.company.name"),
    sector: t("portal.company.sector"),
    sectorOf: (sector) => t(`portal.company.sectors.${sector}`),
    district: t("portal.company.district"),
    chamber: t("portal.company.chamber"),
    chamberOf: (chamber) => t(`portal.company.chambers.${chamber}`),
    noChamber: t("portal.company.noChamber"),
    sizeBand: t("portal.company.sizeBand"),
    sizeBandHint: t("portal.company.sizeBandHint"),
    sizeBandOf: (size) => t(`portal.company.sizes.${size}`),
    noSizeBand: t("portal.company.noSize"),
  };
  const failure = update.error;
  const stale = isStaleVersion(failure);
  return (
    <FormProvider {...form}>
      <form className="form" noValidate onSubmit={onSubmit} aria-label={t("portal.company.profile")}>
        {stale && (
          <ConflictAlert
            onReload={() => {
              update.reset();
              reset(defaultValues);
            }}
          />
        )}
        {failure && !stale && Object.keys(errors).length === 0 && <Alert>{errorMessage(failure)}</Alert>}
        <CompanyFields variant="employer" wording={wording} />
        <fieldset className="fieldset portal-fieldset">
          <legend>{t("portal.company.contacts")}</legend>
          {contacts.fields.map((field, index) => (
            <fieldset key={field.id} className="contact-fields">
              <legend className="visually-hidden">
                {t("portal.company.contactNumber", { number: index + 1 })}
              </legend>
              <div className="form-grid">
                <TextField
                  label={t("portal.company.contactName")}
                  error={fieldError(errors.contacts?.[index]?.name)}
                  {...register(`contacts.${index}.name`)}
                />
                <TextField
                  label={t("portal.company.contactFunction")}
                  optionalLabel={t("common.optional")}
                  error={fieldError(errors.contacts?.[index]?.function)}
                  {...register(`contacts.${index}.function`, orNull)}
                />
                <TextField
                  label={t("portal.company.contactEmail")}
                  type="email"
                  optionalLabel={t("common.optional")}
                  error={fieldError(errors.contacts?.[index]?.email)}
                  {...register(`contacts.${index}.email`, orNull)}
                />
                <TextField
                  label={t("portal.company.contactPhone")}
                  type="tel"
                  optionalLabel={t("common.optional")}
                  error={fieldError(errors.contacts?.[index]?.phone)}
                  {...register(`contacts.${index}.phone`, orNull)}
                />
              </div>
              <Button variant="quiet" onClick={() => contacts.remove(index)}>
                {t("portal.company.removeContact", { number: index + 1 })}
              </Button>
            </fieldset>
          ))}
          {contacts.fields.length < MAX_CONTACTS && (
            <Button onClick={() => contacts.append({ name: "", function: null, email: null, phone: null })}>
              {t("portal.company.addContact")}
            </Button>
          )}
        </fieldset>
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={update.isPending}>
            {t("common.save")}
          </Button>
          <Button onClick={onDone}>{t("common.cancel")}</Button>
        </div>
      </form>
    </FormProvider>
  );
}
