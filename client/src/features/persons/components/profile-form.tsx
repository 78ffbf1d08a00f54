import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo } from "react";
import { FormProvider, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { ConflictAlert } from "#client/components/conflict-alert.tsx";
import { withRequiredErrors } from "#client/lib/form-errors.ts";
import { type Person, PersonFieldsSchema } from "#shared/schemas/person.ts";
import { usePersonSave } from "../api/use-person-save.ts";
import { profileFieldNames } from "../utils/person-form-fields.ts";
import { pickFields, withMergedRules } from "../utils/section-schema.ts";
import {
  PersonBackgroundFields,
  PersonEssentialFields,
  PersonLanguagesField,
  PersonNotesField,
} from "./person-profile-fields.tsx";
import { SectionFormActions } from "./section-form-actions.tsx";
import "../messages.ts";

const ProfileSchema = PersonFieldsSchema.pick({
  familyName: true,
  givenNames: true,
  nameLatin: true,
  birthDate: true,
  gender: true,
  nationality: true,
  languages: true,
  email: true,
  phone: true,
  district: true,
  arrivalDate: true,
  educationLevel: true,
  targetOccupation: true,
  availableFrom: true,
  notes: true,
});

export function ProfileForm({ person, onDone }: { person: Person; onDone: () => void }) {
  const { t } = useTranslation();
  const { save, conflict, reload, pending } = usePersonSave(person, onDone);
  const schema = useMemo(() => withMergedRules(ProfileSchema, person), [person]);
  const form = useForm({
    resolver: withRequiredErrors(zodResolver(schema)),
    mode: "onTouched",
    defaultValues: pickFields(person, profileFieldNames),
  });
  const onSubmit = form.handleSubmit((values) => save(values, form.setError, [...profileFieldNames]));

  return (
    <FormProvider {...form}>
      <form className="form" noValidate onSubmit={onSubmit} aria-label={t("persons.sections.profile")}>
        {conflict && <ConflictAlert onReload={reload} />}
        <div className="form-grid">
          <PersonEssentialFields />
          <PersonBackgroundFields />
          <PersonLanguagesField />
        </div>
        <PersonNotesField />
        <SectionFormActions pending={pending} onCancel={onDone} />
      </form>
    </FormProvider>
  );
}
