import { zodResolver } from "@hookform/resolvers/zod";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Button, ButtonLink } from "#client/components/button.tsx";
import { CheckboxField } from "#client/components/checkbox-field.tsx";
import { ConflictAlert } from "#client/components/conflict-alert.tsx";
import { OfferFields, type OfferFieldsWording, offerFieldNames } from "#client/components/offer-fields.tsx";
import { SelectField } from "#client/components/select-field.tsx";
import { isApiError } from "#client/lib/api-error.ts";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { isStaleVersion } from "#client/lib/conflict.ts";
import { orUndefined } from "#client/lib/form-values.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { useFieldError } from "#client/lib/use-field-error.ts";
import { type Offer, type OfferCreate, OfferCreateSchema } from "#shared/schemas/offer.ts";
import { useChangeOffer, useCreateOffer } from "../api/change-offer.ts";
import { useCompanyOptions, useProgrammeOptions } from "../api/get-form-options.ts";
import { offerQueries } from "../api/get-offers.ts";
import "../messages.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";

const serverFields = ["companyId", ...offerFieldNames] as const;

type OfferFormProps = {
  offer?: Offer;
  companyId?: string;
  onSaved: (offer: Offer) => void;
  cancelTo: string;
};

export function OfferForm({ offer, companyId, onSaved, cancelTo }: OfferFormProps) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const companies = useCompanyOptions();
  const programmes = useProgrammeOptions();
  const create = useCreateOffer();
  const change = useChangeOffer();
  const [conflict, setConflict] = useState(false);
  const [publish, setPublish] = useState(false);
  const { register, handleSubmit, formState, setError } = useForm({
    resolver: withRequiredErrors(zodResolver(OfferCreateSchema)),
    mode: "onTouched",
    defaultValues: {
      companyId: offer?.companyId ?? companyId ?? "",
      type: offer?.type ?? "apprenticeship",
      title: offer?.title ?? "",
      occupation: offer?.occupation ?? "",
      district: offer?.district,
      startsOn: offer?.startsOn ?? null,
      endsOn: offer?.endsOn ?? null,
      places: offer?.places ?? 1,
      languageRequirement: offer?.languageRequirement ?? {},
      programmeId: offer?.programmeId ?? null,
      description: offer?.description ?? null,
      status: "draft" as const,
    },
  });
  const errors = formState.errors;
  const pending = create.isPending || change.isPending;
  const onError = (error: unknown) => {
    if (isStaleVersion(error)) setConflict(true);
    else applyServerErrors(error, setError, serverFields);
  };
  const onSubmit = handleSubmit((values: OfferCreate) => {
    setConflict(false);
    if (!offer) {
      create.mutate({ ...values, status: publish ? "open" : "draft" }, { onSuccess: onSaved, onError });
      return;
    }
    const { companyId: _company, status: _status, ...fields } = values;
    change.mutate(
      {
        kind: "update",
        id: offer.id,
        body: { version: offer.version, ...fields, district: fields.district ?? offer.district },
      },
      { onSuccess: onSaved, onError },
    );
  });
  const failure = create.error ?? change.error;
  const showFailure = failure && !isApiError(failure, "validation_failed") && !isStaleVersion(failure);
  const wording: OfferFieldsWording = {
    type: t("offers.fields.type"),
    typeOf: (type) => t(`offers.types.${type}`),
    title: t("offers.fields.title"),
    occupation: t("offers.fields.occupation"),
    chooseOccupation: t("offers.chooseOccupation"),
    district: t("offers.fields.district"),
    districtPrompt: offer ? undefined : t("offers.companyDistrict"),
    startsOn: t("offers.fields.startsOn"),
    endsOn: t("offers.fields.endsOn"),
    places: t("offers.fields.places"),
    programme: t("offers.fields.programme"),
    noProgramme: t("offers.noProgramme"),
    language: t("offers.fields.language"),
    languageHint: t("offers.languageHint"),
    skillOf: (skill) => t(`offers.skills.${skill}`),
    noLevel: t("offers.noLevel"),
    description: t("offers.fields.description"),
  };
  const reload = () => {
    setConflict(false);
    if (offer) void queryClient.invalidateQueries({ queryKey: offerQueries.detail(offer.id).queryKey });
  };

  return (
    <form
      className="form"
      noValidate
      onSubmit={onSubmit}
      aria-label={offer ? t("offers.edit") : t("offers.new")}
    >
      {conflict && <ConflictAlert onReload={reload} />}
      {showFailure && <Alert>{errorMessage(failure)}</Alert>}
      <OfferFields
        register={register}
        errors={errors}
        variant="advisor"
        wording={wording}
        programmes={programmes.data ?? []}
        minPlaces={Math.max(1, offer?.placesTaken ?? 1)}
        lead={
          !offer && (
            <SelectField
              label={t("offers.fields.company")}
              error={fieldError(errors.companyId)}
              disabled={companies.isPending}
              {...register("companyId", orUndefined)}
            >
              <option value="">{t("offers.chooseCompany")}</option>
              {(companies.data ?? []).map((company) => (
                <option key={company.id} value={company.id}>
                  {company.name}
                </option>
              ))}
            </SelectField>
          )
        }
      />
      {!offer && (
        <CheckboxField
          label={t("offers.publishNow")}
          checked={publish}
          onChange={(event) => setPublish(event.target.checked)}
        />
      )}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={pending}>
          {offer ? t("common.save") : t("offers.create")}
        </Button>
        <ButtonLink to={cancelTo}>{t("common.cancel")}</ButtonLink>
      </div>
    </form>
  );
}
