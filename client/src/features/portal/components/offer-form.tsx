import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { Alert } from "#client/components/alert.tsx";
import { Button, ButtonLink } from "#client/components/button.tsx";
import { ConflictAlert } from "#client/components/conflict-alert.tsx";
import { OfferFields, type OfferFieldsWording, offerFieldNames } from "#client/components/offer-fields.tsx";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { isStaleVersion } from "#client/lib/conflict.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import { type Offer, OfferCreateSchema } from "#shared/schemas/offer.ts";
import { portalQueries } from "../api/portal-queries.ts";
import "../messages.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";

export type OfferFormValues = z.output<typeof OfferCreateSchema>;
type OfferFormInput = z.input<typeof OfferCreateSchema>;
type SubmitMode = "draft" | "open" | "save";

type OfferFormProps = {
  offer?: Offer;
  defaultDistrict?: OfferFormInput["district"];
  pending: boolean;
  error: unknown;
  onSubmit: (values: OfferFormValues, mode: SubmitMode) => Promise<unknown>;
  onReload?: () => void;
  cancelTo: string;
};

function defaultsOf(offer: Offer | undefined, district: OfferFormInput["district"]): OfferFormInput {
  if (!offer)
    return {
      type: "tth_internship",
      title: "",
      occupation: "",
      district,
      startsOn: null,
      endsOn: null,
      places: 1,
      languageRequirement: {},
      programmeId: null,
      description: null,
    };
  return {
    type: offer.type,
    title: offer.title,
    occupation: offer.occupation,
    district: offer.district,
    startsOn: offer.startsOn,
    endsOn: offer.endsOn,
    places: offer.places,
    languageRequirement: offer.languageRequirement,
    programmeId: offer.programmeId,
    description: offer.description,
  };
}

export function OfferForm({
  offer,
  defaultDistrict,
  pending,
  error,
  onSubmit,
  onReload,
  cancelTo,
}: OfferFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const programmes = useQuery(portalQueries.programmes());
  const { register, handleSubmit, formState, setError } = useForm<OfferFormInput, unknown, OfferFormValues>({
    resolver: withRequiredErrors(zodResolver(OfferCreateSchema)),
    mode: "onTouched",
    defaultValues: defaultsOf(offer, defaultDistrict),
  });
  const errors = formState.errors;
  const submit = (mode: SubmitMode) =>
    handleSubmit(async (values) => {
      try {
        await onSubmit(values, mode);
      } catch (failure) {
        applyServerErrors(failure, setError, offerFieldNames);
      }
    });
  const wording: OfferFieldsWording = {
    type: t("portal.form.type"),
    typeOf: (type) => t(`portal.types.${type}`),
    title: t("portal.form.title"),
    titleHint: t("portal.form.titleHint"),
    occupation: t("portal.form.occupation"),
    chooseOccupation: t("portal.form.chooseOccupation"),
    district: t("portal.form.district"),
    startsOn: t("portal.form.startsOn"),
    endsOn: t("portal.form.endsOn"),
    places: t("portal.form.places"),
    programme: t("portal.form.programme"),
    noProgramme: t("portal.form.noProgramme"),
    language: t("portal.form.language"),
    languageHint: t("portal.form.languageHint"),
    skillOf: (skill) => t(`portal.skills.${skill}`),
    noLevel: t("portal.form.noRequirement"),
    description: t("portal.form.description"),
    descriptionHint: t("portal.form.descriptionHint"),
  };
  const stale = isStaleVersion(error);
  const showFailure = Boolean(error) && !stale && Object.keys(errors).length === 0;

  return (
    <form className="form" noValidate onSubmit={submit(offer ? "save" : "open")}>
      {stale && onReload && <ConflictAlert onReload={onReload} />}
      {showFailure && <Alert>{errorMessage(error)}</Alert>}
      <OfferFields
        register={register}
        errors={errors}
        variant="employer"
        wording={wording}
        programmes={programmes.data?.items ?? []}
      />
      <div className="form-actions">
        {offer ? (
          <Button type="submit" variant="primary" busy={pending}>
            {t("portal.form.save")}
          </Button>
        ) : (
          <>
            <Button type="submit" variant="primary" busy={pending}>
              {t("portal.form.publish")}
            </Button>
            <Button busy={pending} onClick={submit("draft")}>
              {t("portal.form.saveDraft")}
            </Button>
          </>
        )}
        <ButtonLink to={cancelTo}>{t("common.cancel")}</ButtonLink>
      </div>
    </form>
  );
}
