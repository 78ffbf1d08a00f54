import { isContactStage } from "#shared/reference/employers.ts";
import type { Candidate } from "#shared/schemas/placement.ts";

type Named = Pick<Candidate, "contact" | "profile">;

/** Until the Welcome Center releases the contact the server sends only a pseudonym ("K-7F3QX"). */
export function candidateName(candidate: Named, pseudonymLabel: (code: string) => string): string {
  return candidate.contact?.fullName ?? pseudonymLabel(candidate.profile.pseudonym);
}

export type ContactState = "released" | "awaiting_release" | "after_acceptance" | "ended";

export function contactStateOf(candidate: Pick<Candidate, "contact" | "stage">): ContactState {
  if (candidate.contact) return "released";
  if (isContactStage(candidate.stage)) return "awaiting_release";
  if (candidate.stage === "proposed" || candidate.stage === "interview") return "after_acceptance";
  return "ended";
}
