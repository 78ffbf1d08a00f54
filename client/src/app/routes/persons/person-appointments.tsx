import { PersonAppointments } from "#client/features/appointments/components/person-appointments.tsx";
import type { Person } from "#shared/schemas/person.ts";
import "#client/features/appointments/messages.ts";

export function PersonAppointmentsSection({ person }: { person: Person }) {
  return <PersonAppointments personId={person.id} readOnly={person.anonymisedAt !== null} />;
}
