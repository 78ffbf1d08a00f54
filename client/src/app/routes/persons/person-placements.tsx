import { useTranslation } from "react-i18next";
import { Section } from "#client/components/section.tsx";
import { PersonAgency } from "#client/features/agencies/components/person-agency.tsx";
import {
  PersonMatchingOffers,
  PersonPlacements,
} from "#client/features/offers/components/person-placements.tsx";
import { PersonEnrolments } from "#client/features/programmes/components/person-enrolments.tsx";
import type { Person } from "#shared/schemas/person.ts";

/** Placements, matching offers, programme enrolments and the recruitment agency of a person. */
export function PersonPlacementSection({ person }: { person: Person }) {
  const { t } = useTranslation();
  return (
    <Section id="placements" title={t("offers.person.title")}>
      <PersonPlacements personId={person.id} />
      {person.anonymisedAt === null && <PersonMatchingOffers personId={person.id} />}
      <PersonEnrolments personId={person.id} />
      <div className="subsection">
        <PersonAgency personId={person.id} />
      </div>
    </Section>
  );
}
