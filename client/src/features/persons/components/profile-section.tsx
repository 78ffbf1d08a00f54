import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DetailsList } from "#client/components/details-list.tsx";
import { Section } from "#client/components/section.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { languageName } from "#shared/reference/countries.ts";
import { iscedName } from "#shared/reference/education.ts";
import { kldbTitle } from "#shared/reference/kldb.ts";
import type { Person } from "#shared/schemas/person.ts";
import { birthDateText } from "../utils/birth-date-text.ts";
import { EditButton } from "./edit-button.tsx";
import { Nationality } from "./nationality.tsx";
import { ProfileForm } from "./profile-form.tsx";
import "../messages.ts";

export function ProfileSection({ person }: { person: Person }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [editing, setEditing] = useState(false);
  const date = (value: string | null) => (value ? formatDate(value, language) : null);
  const title = t("persons.sections.profile");
  return (
    <Section
      id="profile"
      title={title}
      actions={!editing && <EditButton section={title} onClick={() => setEditing(true)} />}
    >
      {editing ? (
        <ProfileForm person={person} onDone={() => setEditing(false)} />
      ) : (
        <DetailsList
          items={[
            { label: t("persons.fields.familyName"), value: person.familyName },
            { label: t("persons.fields.givenNames"), value: person.givenNames },
            { label: t("persons.fields.nameLatin"), value: person.nameLatin },
            { label: t("persons.fields.birthDate"), value: birthDateText(person, language) },
            { label: t("persons.fields.gender"), value: person.gender && t(`genders.${person.gender}`) },
            { label: t("persons.fields.nationality"), value: <Nationality code={person.nationality} /> },
            {
              label: t("persons.fields.languages"),
              value: person.languages.map((code) => languageName(code, language)).join(", "),
            },
            { label: t("persons.fields.email"), value: person.email },
            { label: t("persons.fields.phone"), value: person.phone },
            { label: t("persons.fields.district"), value: t(`districts.${person.district}`) },
            { label: t("persons.fields.arrivalDate"), value: date(person.arrivalDate) },
            {
              label: t("persons.fields.educationLevel"),
              value: person.educationLevel && iscedName(person.educationLevel, language),
            },
            {
              label: t("persons.fields.targetOccupation"),
              value: person.targetOccupation && kldbTitle(person.targetOccupation, language),
            },
            { label: t("persons.fields.availableFrom"), value: date(person.availableFrom) },
            { label: t("persons.fields.notes"), value: person.notes },
          ]}
        />
      )}
    </Section>
  );
}
