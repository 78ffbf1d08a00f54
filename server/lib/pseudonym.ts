import { createHash } from "node:crypto";

const PSEUDONYM_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const PSEUDONYM_LENGTH = 5;

/**
 * Stable per placement, derived from its id (which the employer knows anyway), so it adds nothing and
 * links nothing: the same person proposed for two offers is two unrelated candidates until released.
 */
export function pseudonymOf(placementId: string): string {
  const digest = createHash("sha256").update(placementId).digest();
  let code = "";
  for (let index = 0; index < PSEUDONYM_LENGTH; index++)
    code += PSEUDONYM_ALPHABET[(digest[index] ?? 0) % PSEUDONYM_ALPHABET.length];
  return `K-${code}`;
}
