import { zodResolver } from "@hookform/resolvers/zod";
import { useRef, useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Alert } from "#client/components/alert.tsx";
import { Button, ButtonLink } from "#client/components/button.tsx";
import { applyServerErrors } from "#client/lib/apply-server-errors.ts";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { useErrorMessage } from "#client/lib/use-error-message.ts";
import {
  type DuplicateCandidate,
  type Person,
  type PersonCreate,
  PersonCreateSchema,
} from "#shared/schemas/person.ts";
import { duplicatesOf, useCreatePerson } from "../api/create-person.ts";
import { profileFieldNames } from "../utils/person-form-fields.ts";
import { DuplicateHints } from "./duplicate-hints.tsx";
import { DuplicateList } from "./duplicate-list.tsx";
import {
  PersonBackgroundFields,
  PersonEssentialFields,
  PersonLanguagesField,
  PersonNotesField,
} from "./person-profile-fields.tsx";
import { PersonResidencePermitFields } from "./person-residence-fields.tsx";
import "../messages.ts";

const serverFields = [...profileFieldNames, "permitType", "permitExpiresOn"] as const;

type CreatePersonFormProps = { onCreated: (person: Person) => void; cancelTo: string };

export function CreatePersonForm({ onCreated, cancelTo }: CreatePersonFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const createPerson = useCreatePerson();
  const [blocking, setBlocking] = useState<DuplicateCandidate[] | null>(null);
  const lastValues = useRef<PersonCreate | null>(null);
  const form = useForm({
    resolver: withRequiredErrors(zodResolver(PersonCreateSchema)),
    mode: "onTouched",
    defaultValues: {
      familyName: "",
      givenNames: "",
      nameLatin: null,
      birthDate: "",
      gender: null,
      nationality: "",
      languages: [],
      email: null,
      phone: null,
      district: undefined,
      fastTrack81a: false,
    },
  });
  const { handleSubmit, formState, setError, control } = form;
  const [familyName, givenNames, birthDate] = useWatch({
    control,
    name: ["familyName", "givenNames", "birthDate"],
  });
  const errors = formState.errors;

  const save = (values: PersonCreate, acknowledged: string[] = []) => {
    lastValues.current = values;
    createPerson.mutate(
      { ...values, acknowledgedDuplicates: acknowledged },
      {
        onSuccess: onCreated,
        onError: (error) => {
          const duplicates = duplicatesOf(error);
          if (duplicates) setBlocking(duplicates);
          else applyServerErrors(error, setError, serverFields);
        },
      },
    );
  };
  const saveAnyway = () => {
    if (lastValues.current && blocking)
      save(
        lastValues.current,
        blocking.map((duplicate) => duplicate.id),
      );
  };

  const failure = createPerson.error;
  const showFailure = failure && !blocking && Object.keys(errors).length === 0;

  return (
    <FormProvider {...form}>
      <form className="form" noValidate onSubmit={handleSubmit((values) => save(values))}>
        {showFailure && <Alert>{errorMessage(failure)}</Alert>}
        <fieldset className="form-section">
          <legend className="section-title">{t("persons.essentials")}</legend>
          <p className="form-section-hint">{t("persons.namesHint")}</p>
          <div className="form-grid">
            <PersonEssentialFields promptDistrict />
            <PersonLanguagesField />
          </div>
        </fieldset>
        <DuplicateHints familyName={familyName} givenNames={givenNames} birthDate={birthDate ?? ""} />
        <details className="form-more">
          <summary>{t("persons.moreDetails")}</summary>
          <div className="form-grid">
            <PersonBackgroundFields />
            <PersonResidencePermitFields />
          </div>
          <PersonNotesField />
        </details>
        {blocking && (
          <DuplicateList
            title={t("persons.duplicateBlocking")}
            duplicates={blocking}
            action={
              <Button variant="primary" busy={createPerson.isPending} onClick={saveAnyway}>
                {t("persons.createAnyway")}
              </Button>
            }
          />
        )}
        <div className="form-actions">
          <Button type="submit" variant="primary" busy={createPerson.isPending}>
            {t("persons.create")}
          </Button>
          <ButtonLink to={cancelTo}>{t("common.cancel")}</ButtonLink>
        </div>
      </form>
    </FormProvider>
  );
}
