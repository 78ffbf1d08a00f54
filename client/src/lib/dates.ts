import { addDays as addCalendarDays, todayInBerlin } from "#shared/time/calendar.ts";

/** Today as the shared schemas see it (Berlin), so a default date never fails their "not in the future" rule. */
export function todayIso(now = new Date()): string {
  return todayInBerlin(now);
}

export const addDays = addCalendarDays;

export function ageOn(birthDate: string, today: string): number {
  const [birthYear, birthRest] = [Number(birthDate.slice(0, 4)), birthDate.slice(5)];
  const [year, rest] = [Number(today.slice(0, 4)), today.slice(5)];
  return year - birthYear - (rest < birthRest ? 1 : 0);
}
