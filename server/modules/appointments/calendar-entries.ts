import type { AppointmentType } from "#shared/schemas/appointment.ts";
import type { AppointmentRow } from "./appointments.repository.ts";
import type { IcsEvent } from "./ics.ts";

const typeLabels: Record<AppointmentType, string> = {
  consultation: "Beratung",
  document_check: "Dokumentenprüfung",
  betriebssprachtag: "Betriebssprachtag",
  employer_interview: "Vorstellungsgespräch",
  other: "Termin",
};

const initialOf = (name: string) => name.match(/\p{L}/u)?.[0]?.toLocaleUpperCase("de-DE");

/** `M. K.` — the most a calendar outside the app learns of the person. */
export function initialsOf(row: Pick<AppointmentRow, "given_names" | "family_name" | "anonymised_at">) {
  if (row.anonymised_at) return null;
  const letters = [initialOf(row.given_names), initialOf(row.family_name)].filter(Boolean);
  return letters.length > 0 ? letters.map((letter) => `${letter}.`).join(" ") : null;
}

/**
 * The least a calendar needs (decision 0035): type, initials, time, place and a link into the app. Titles are
 * typed by staff and may name someone, so they stay in the app.
 */
export function calendarEntryOf(row: AppointmentRow, appUrl: string): IcsEvent {
  const initials = initialsOf(row);
  const url = `${appUrl}/persons/${encodeURIComponent(row.person_id)}`;
  const label = typeLabels[row.type as AppointmentType] ?? typeLabels.other;
  return {
    uid: `${row.id}@ankommen`,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    lastModified: row.updated_at,
    sequence: row.version - 1,
    summary: initials ? `${label} · ${initials}` : label,
    description: `${row.online === 1 ? "Online-Termin. " : ""}In Ankommen öffnen: ${url}`,
    url,
    location: row.location ?? (row.online === 1 ? "Online" : null),
  };
}
