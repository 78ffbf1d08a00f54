import type { Person } from "../../../../../shared/schemas/person.ts";
import { PersonAppointments } from "../../../features/appointments/components/person-appointments.tsx";
import "../../../features/appointments/messages.ts";

export function PersonAppointmentsSection({ person }: { person: Person }) {
  return <PersonAppointments personId={person.id} readOnly={person.anonymisedAt !== null} />;
}
