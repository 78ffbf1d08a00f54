import { useTranslation } from "react-i18next";
import { CaseStatusBadge } from "#client/components/case-status-badge.tsx";
import { DocumentTitle } from "#client/components/document-title.tsx";
import { PrintButton, PrintHeader } from "#client/components/print-summary.tsx";
import { ageOn, todayIso } from "#client/lib/dates.ts";
import { useLanguage } from "#client/lib/use-language.ts";
import type { Person } from "#shared/schemas/person.ts";
import { birthDateText } from "../utils/birth-date-text.ts";
import { Nationality } from "./nationality.tsx";
import { PersonFlags } from "./person-flags.tsx";
import "../messages.ts";

export function personName(person: Pick<Person, "givenNames" | "familyName">): string {
  return `${person.givenNames} ${person.familyName}`;
}

export function PersonHeader({ person }: { person: Person }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const title = person.anonymisedAt ? t("persons.anonymised") : personName(person);
  return (
    <header className="record-header">
      <DocumentTitle title={title} />
      <PrintHeader kind="person" />
      <div className="record-title-row">
        <h1 className="page-title">{title}</h1>
        {person.nameLatin && <span className="record-subtitle">{person.nameLatin}</span>}
        <PersonFlags person={person} withRecognition />
        <PrintButton />
      </div>
      <ul className="record-meta">
        <li>
          {t("persons.age", { count: ageOn(person.birthDate, todayIso()) })} ·{" "}
          {t("persons.bornOn", { date: birthDateText(person, language) })}
        </li>
        <li>
          <Nationality code={person.nationality} />
        </li>
        <li>{t(`districts.${person.district}`)}</li>
        <li>
          {person.openCase ? (
            <>
              <CaseStatusBadge status={person.openCase.status} />{" "}
              {person.openCase.advisorName && t("persons.advisedBy", { name: person.openCase.advisorName })}
            </>
          ) : (
            <span className="text-muted">{t("persons.noOpenCase")}</span>
          )}
        </li>
      </ul>
    </header>
  );
}
