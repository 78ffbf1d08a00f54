import { useTranslation } from "react-i18next";
import type { Person } from "../../../../../shared/schemas/person.ts";
import { Section } from "../../../components/section.tsx";
import { PersonAgency } from "../../../features/agencies/components/person-agency.tsx";
import {
  PersonMatchingOffers,
  PersonPlacements,
} from "../../../features/offers/components/person-placements.tsx";
import { PersonEnrolments } from "../../../features/programmes/components/person-enrolments.tsx";

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
