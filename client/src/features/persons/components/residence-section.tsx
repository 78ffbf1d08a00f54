import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DetailsList } from "#client/components/details-list.tsx";
import { Section } from "#client/components/section.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { kldbTitle } from "#shared/reference/kldb.ts";
import { recognitionBodyNames, residencePermitTypeName } from "#shared/reference/residence.ts";
import type { Person } from "#shared/schemas/person.ts";
import { EditButton } from "./edit-button.tsx";
import { ResidenceForm } from "./residence-form.tsx";
import "../messages.ts";

export function ResidenceSection({ person }: { person: Person }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [editing, setEditing] = useState(false);
  const title = t("persons.sections.residence");
  const partial = person.recognitionStatus === "partial";
  return (
    <Section
      id="residence"
      title={title}
      actions={!editing && <EditButton section={title} onClick={() => setEditing(true)} />}
    >
      {editing ? (
        <ResidenceForm person={person} onDone={() => setEditing(false)} />
      ) : (
        <DetailsList
          items={[
            {
              label: t("persons.fields.permitType"),
              value: person.permitType && residencePermitTypeName(person.permitType, language),
            },
            {
              label: t("persons.fields.permitExpiresOn"),
              value: person.permitExpiresOn && formatDate(person.permitExpiresOn, language),
            },
            {
              label: t("persons.fields.fastTrack81a"),
              value: person.fastTrack81a ? t("common.yes") : t("common.no"),
            },
            {
              label: t("persons.fields.recognitionOccupation"),
              value: person.recognitionOccupation && kldbTitle(person.recognitionOccupation, language),
            },
            {
              label: t("persons.fields.recognitionBody"),
              value: person.recognitionBody && recognitionBodyNames[person.recognitionBody],
            },
            {
              label: t("persons.fields.recognitionStatus"),
              value: t(`recognitionStatus.${person.recognitionStatus}`),
            },
            ...(partial
              ? [
                  { label: t("persons.fields.recognitionDeficits"), value: person.recognitionDeficits },
                  { label: t("persons.fields.recognitionMeasure"), value: person.recognitionMeasure },
                ]
              : []),
          ]}
        />
      )}
    </Section>
  );
}
