import { APP_TIME_ZONE, addDays, todayInBerlin } from "./calendar.ts";

const clockFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: APP_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

/** How far Berlin's wall clock is ahead of UTC at this moment (1 h in winter, 2 h in summer). */
function berlinOffsetMs(epochMs: number): number {
  const parts = Object.fromEntries(
    clockFormat.formatToParts(new Date(epochMs)).map((part) => [part.type, part.value]),
  );
  const wallClockAsUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return wallClockAsUtc - Math.floor(epochMs / 1000) * 1000;
}

/** The instant (ISO, UTC) at which Berlin's clock shows `time` (`HH:MM`) on `day` (`YYYY-MM-DD`). */
export function berlinInstant(day: string, time: string): string {
  const wallClock = Date.parse(`${day}T${time}:00Z`);
  const guess = wallClock - berlinOffsetMs(wallClock);
  return new Date(wallClock - berlinOffsetMs(guess)).toISOString();
}

/** The Berlin calendar day of an instant. */
export const berlinDayOf = (instant: string): string => todayInBerlin(new Date(instant));

const timeFormat = new Intl.DateTimeFormat("en-GB", {
  timeZone: APP_TIME_ZONE,
  hourCycle: "h23",
  hour: "2-digit",
  minute: "2-digit",
});

/** `HH:MM` on Berlin's clock. */
export const berlinTimeOf = (instant: string): string => timeFormat.format(new Date(instant));

/** The Monday of the (ISO) week of a calendar day. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** Whole calendar days from `from` to `to`. */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
