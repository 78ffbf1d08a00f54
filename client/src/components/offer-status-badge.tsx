import type { OfferStatus } from "#shared/reference/employers.ts";

const toneOf: Record<OfferStatus, string> = {
  draft: "badge-neutral",
  open: "badge-success",
  filled: "badge-info",
  closed: "badge-neutral",
};

/** An offer's status as a badge; the tone is one idea, the wording is the caller's (advisor or employer). */
export function OfferStatusBadge({ status, label }: { status: OfferStatus; label: string }) {
  return <span className={`badge ${toneOf[status]}`}>{label}</span>;
}
