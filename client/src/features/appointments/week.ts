import type { Appointment } from "#shared/schemas/appointment.ts";
import { berlinDayOf, mondayOf } from "#shared/time/berlin-clock.ts";
import { addDays } from "#shared/time/calendar.ts";

export const WEEK_DAYS = 7;

/** The Monday of the week in the URL (`?week=YYYY-MM-DD`), else of today. */
export function weekStartOf(param: string | null, today: string): string {
  return param && /^\d{4}-\d{2}-\d{2}$/.test(param) && !Number.isNaN(Date.parse(param))
    ? mondayOf(param)
    : mondayOf(today);
}

export const daysOfWeek = (monday: string) =>
  Array.from({ length: WEEK_DAYS }, (_, index) => addDays(monday, index));

/** Appointments by the Berlin day they start on. */
export function byDay(items: readonly Appointment[]): Map<string, Appointment[]> {
  const days = new Map<string, Appointment[]>();
  for (const item of items) {
    const day = berlinDayOf(item.startsAt);
    days.set(day, [...(days.get(day) ?? []), item]);
  }
  return days;
}
