import { foldName, levenshtein } from "../../lib/names.ts";

/** What the duplicate rules compare of a person: the folded family name and the words of the whole name. */
export type NameKeys = { given_names: string; family_key: string; search_text: string };

export const firstGivenName = (givenNames: string) => foldName(givenNames).split(" ")[0] ?? "";

/** The first given name appears among the person's name words, or differs by one letter from theirs. */
export function givenNameMatches(row: NameKeys, firstGiven: string): boolean {
  return (
    firstGiven === "" ||
    row.search_text.includes(` ${firstGiven}`) ||
    levenshtein(firstGivenName(row.given_names), firstGiven) <= 1
  );
}

/** Folded family names a typo apart: one edit per six letters, at least one. */
export const similarFamily = (a: string, b: string) =>
  a === b || levenshtein(a, b) <= Math.max(1, Math.floor(b.length / 6));
