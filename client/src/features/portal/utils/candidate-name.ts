import type { CandidateProfile } from "../../../../../shared/schemas/placement.ts";

/** Before acceptance the server sends only the given name and the family name's initial. */
export function candidateName(profile: CandidateProfile): string {
  if (profile.fullName) return profile.fullName;
  const initial = profile.familyInitial.replace(/\.$/, "");
  return initial ? `${profile.givenName} ${initial}.` : profile.givenName;
}
