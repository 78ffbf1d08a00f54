import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Section } from "#client/components/section.tsx";
import { useLanguage } from "#client/lib/use-language.ts";
import { countryName } from "#shared/reference/countries.ts";
import { kldbTitle } from "#shared/reference/kldb.ts";
import type { Person } from "#shared/schemas/person.ts";
import { EditButton } from "./edit-button.tsx";
import { QualificationsForm } from "./qualifications-form.tsx";
import "../messages.ts";

export function QualificationsSection({ person }: { person: Person }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [editing, setEditing] = useState(false);
  const title = t("persons.sections.qualifications");
  return (
    <Section
      id="qualifications"
      title={title}
      actions={!editing && <EditButton section={title} onClick={() => setEditing(true)} />}
    >
      {editing ? (
        <QualificationsForm person={person} onDone={() => setEditing(false)} />
      ) : person.qualifications.length === 0 ? (
        <p className="text-muted">{t("persons.noQualifications")}</p>
      ) : (
        <ul className="plain-list">
          {person.qualifications.map((qualification) => (
            <li key={`${qualification.occupation}-${qualification.country}-${qualification.year}`}>
              <strong>{qualification.title ?? kldbTitle(qualification.occupation, language)}</strong>{" "}
              <span className="text-muted">
                ({qualification.occupation}) · {countryName(qualification.country, language)} ·{" "}
                {qualification.year}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
