import { useTranslation } from "react-i18next";
import { DetailsList } from "#client/components/details-list.tsx";
import { formatDate } from "#client/lib/format.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import { countryName, languageName } from "#shared/reference/countries.ts";
import { iscedName } from "#shared/reference/education.ts";
import { kldbTitle } from "#shared/reference/kldb.ts";
import { recognitionBodyNames, residencePermitTypeName } from "#shared/reference/residence.ts";
import type { Person } from "#shared/schemas/person.ts";
import { ExportSection } from "./export-section.tsx";

export function ExportProfile({ person }: { person: Person }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const date = (value: string | null) => (value ? formatDate(value, language) : null);
  const field = (name: string) => t(`persons.fields.${name}` as "persons.fields.name");
  const occupation = (code: string | null) => code && kldbTitle(code, language);
  const qualifications = person.qualifications
    .map(
      (item) =>
        `${item.title ?? kldbTitle(item.occupation, language)} (${countryName(item.country, language)}, ${item.year})`,
    )
    .join("; ");
  return (
    <ExportSection id="profile">
      <DetailsList
        items={[
          { label: field("familyName"), value: person.familyName },
          { label: field("givenNames"), value: person.givenNames },
          { label: field("nameLatin"), value: person.nameLatin },
          { label: field("birthDate"), value: date(person.birthDate) },
          { label: field("gender"), value: person.gender && t(`genders.${person.gender}`) },
          { label: field("nationality"), value: countryName(person.nationality, language) },
          {
            label: field("languages"),
            value: person.languages.map((code) => languageName(code, language)).join(", "),
          },
          { label: field("email"), value: person.email },
          { label: field("phone"), value: person.phone },
          { label: field("district"), value: t(`districts.${person.district}`) },
          { label: field("arrivalDate"), value: date(person.arrivalDate) },
          {
            label: field("educationLevel"),
            value: person.educationLevel && iscedName(person.educationLevel, language),
          },
          { label: t("persons.sections.qualifications"), value: qualifications },
          { label: field("targetOccupation"), value: occupation(person.targetOccupation) },
          { label: field("availableFrom"), value: date(person.availableFrom) },
          {
            label: field("permitType"),
            value: person.permitType && residencePermitTypeName(person.permitType, language),
          },
          { label: field("permitExpiresOn"), value: date(person.permitExpiresOn) },
          { label: field("fastTrack81a"), value: t(person.fastTrack81a ? "common.yes" : "common.no") },
          { label: field("recognitionOccupation"), value: occupation(person.recognitionOccupation) },
          {
            label: field("recognitionBody"),
            value: person.recognitionBody && recognitionBodyNames[person.recognitionBody],
          },
          { label: field("recognitionStatus"), value: t(`recognitionStatus.${person.recognitionStatus}`) },
          { label: field("recognitionDeficits"), value: person.recognitionDeficits },
          { label: field("recognitionMeasure"), value: person.recognitionMeasure },
          { label: field("notes"), value: person.notes },
        ]}
      />
    </ExportSection>
  );
}
