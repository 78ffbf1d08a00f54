import type { ReactNode } from "react";
import { AccessHistorySection } from "#client/features/access-history/access-history-section.tsx";
import { PersonCases } from "#client/features/cases/components/person-cases.tsx";
import { DocumentsSection } from "#client/features/documents/components/documents-section.tsx";
import { ConsentsSection } from "#client/features/persons/components/consents-section.tsx";
import { ProfileSection } from "#client/features/persons/components/profile-section.tsx";
import { QualificationsSection } from "#client/features/persons/components/qualifications-section.tsx";
import { ResidenceSection } from "#client/features/persons/components/residence-section.tsx";
import type { Person } from "#shared/schemas/person.ts";
import { PersonAppointmentsSection } from "./person-appointments.tsx";
import { PersonLanguage } from "./person-language.tsx";
import { PersonPlacementSection } from "./person-placements.tsx";
import { PersonTasks } from "./person-tasks.tsx";
import "#client/features/persons/messages.ts";

type SectionLabelKey =
  | "persons.sections.profile"
  | "persons.sections.residence"
  | "persons.sections.qualifications"
  | "language.title"
  | "persons.sections.consents"
  | "persons.sections.cases"
  | "persons.sections.tasks"
  | "appointments.person.title"
  | "offers.person.title"
  | "persons.sections.accessHistory"
  | "documents.title";

export type PersonSection = { id: string; labelKey: SectionLabelKey; render: (person: Person) => ReactNode };

/** The page's sections in reading order; a new section (e.g. the language grid) is one more entry here. */
export const personSections: readonly PersonSection[] = [
  {
    id: "profile",
    labelKey: "persons.sections.profile",
    render: (person) => <ProfileSection person={person} />,
  },
  {
    id: "residence",
    labelKey: "persons.sections.residence",
    render: (person) => <ResidenceSection person={person} />,
  },
  {
    id: "qualifications",
    labelKey: "persons.sections.qualifications",
    render: (person) => <QualificationsSection person={person} />,
  },
  {
    id: "language",
    labelKey: "language.title",
    render: (person) => <PersonLanguage person={person} />,
  },
  {
    id: "consents",
    labelKey: "persons.sections.consents",
    render: (person) => <ConsentsSection personId={person.id} />,
  },
  {
    id: "documents",
    labelKey: "documents.title",
    render: (person) => <DocumentsSection personId={person.id} />,
  },
  {
    id: "cases",
    labelKey: "persons.sections.cases",
    render: (person) => <PersonCases personId={person.id} />,
  },
  {
    id: "tasks",
    labelKey: "persons.sections.tasks",
    render: (person) => <PersonTasks person={person} />,
  },
  {
    id: "appointments",
    labelKey: "appointments.person.title",
    render: (person) => <PersonAppointmentsSection person={person} />,
  },
  {
    id: "placements",
    labelKey: "offers.person.title",
    render: (person) => <PersonPlacementSection person={person} />,
  },
  {
    id: "access-history",
    labelKey: "persons.sections.accessHistory",
    render: (person) => <AccessHistorySection personId={person.id} />,
  },
];
