import { APP_TIME_ZONE, addDays } from "#shared/time/calendar.ts";

export const nowIso = (): string => new Date().toISOString();
export const addMs = (iso: string, ms: number): string => new Date(Date.parse(iso) + ms).toISOString();

const zoneParts = new Intl.DateTimeFormat("en-US", {
  timeZone: APP_TIME_ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});

function zoneOffsetMs(instantMs: number): number {
  const parts = Object.fromEntries(zoneParts.formatToParts(instantMs).map((part) => [part.type, part.value]));
  const asUtc = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/** The UTC instant at which the calendar day `YYYY-MM-DD` starts in Europe/Berlin. */
export function startOfLocalDay(date: string): string {
  const naive = Date.parse(`${date}T00:00:00.000Z`);
  const first = naive - zoneOffsetMs(naive);
  return new Date(naive - zoneOffsetMs(first)).toISOString();
}

export function startOfNextLocalDay(date: string): string {
  return startOfLocalDay(addDays(date, 1));
}
