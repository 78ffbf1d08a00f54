import { addDays } from "#shared/time/calendar.ts";
import type { Random } from "./random.ts";

/** Requests dip in the summer holidays and around Christmas and peak in spring and autumn. */
const monthWeights = [0.9, 1.0, 1.15, 1.1, 1.05, 0.95, 0.7, 0.75, 1.15, 1.2, 1.1, 0.6];
/** Person requests were strongest in 2024; companies caught up from 2025 (their inquiries are seeded apart). */
const yearWeights: Record<string, number> = { "2024": 1.3, "2025": 0.95, "2026": 0.9 };

const cumulativeByRange = new Map<string, { days: string[]; cumulative: number[] }>();

function cumulativeFor(from: string, to: string) {
  const key = `${from}/${to}`;
  let found = cumulativeByRange.get(key);
  if (!found) {
    const days: string[] = [];
    const cumulative: number[] = [];
    let sum = 0;
    for (let day = from; day <= to; day = addDays(day, 1)) {
      const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
      sum +=
        (monthWeights[Number(day.slice(5, 7)) - 1] ?? 1) *
        (yearWeights[day.slice(0, 4)] ?? 1) *
        (weekday === 0 || weekday === 6 ? 0.15 : 1);
      days.push(day);
      cumulative.push(sum);
    }
    found = { days, cumulative };
    cumulativeByRange.set(key, found);
  }
  return found;
}

const GOLDEN = 0.6180339887498949;

/**
 * A day between `from` and `to` drawn with the seasonal weights above. It takes exactly one number from
 * the generator, as the uniform draw it replaces did, so everything generated after it stays the same.
 * With a `sequence` number (the n-th person of a centre) the draws follow a low-discrepancy sequence, so
 * that even a few hundred demo persons show the seasonal curve rather than noise.
 */
export function seasonalDay(random: Random, from: string, to: string, sequence?: number): string {
  const { days, cumulative } = cumulativeFor(from, to);
  const total = cumulative[cumulative.length - 1] ?? 0;
  const draw = random.next();
  const quantile = sequence === undefined ? draw : (sequence * GOLDEN + draw * 0.02) % 1;
  const target = quantile * total;
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((cumulative[middle] ?? 0) > target) high = middle;
    else low = middle + 1;
  }
  return days[low] ?? from;
}
