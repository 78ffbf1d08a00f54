import type { ReactNode } from "react";
import { formatDate } from "../lib/format.ts";
import { useLanguage } from "../lib/use-language.ts";

/** How one screen words a period; the dates arrive formatted for the interface language. */
export type PeriodWording = {
  range: (from: string, to: string) => string;
  from: (date: string) => string;
  until: (date: string) => string;
  none: ReactNode;
};

type OfferPeriodProps = { startsOn: string | null; endsOn: string | null; wording: PeriodWording };

export function OfferPeriod({ startsOn, endsOn, wording }: OfferPeriodProps) {
  const language = useLanguage();
  const from = startsOn ? formatDate(startsOn, language) : null;
  const to = endsOn ? formatDate(endsOn, language) : null;
  if (from && to) return <>{wording.range(from, to)}</>;
  if (from) return <>{wording.from(from)}</>;
  if (to) return <>{wording.until(to)}</>;
  return <>{wording.none}</>;
}
