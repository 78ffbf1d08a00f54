const letterMap: Record<string, string> = {
  ß: "ss",
  ı: "i",
  ł: "l",
  ø: "o",
  đ: "d",
  ð: "d",
  þ: "th",
  æ: "ae",
  œ: "oe",
};

/**
 * Folds a name so that spellings advisors treat as the same compare equal:
 * Müller = Mueller = Muller, Şahin = Sahin, Weiß = Weiss. Umlaut digraphs (ae, oe, ue) fold to the
 * vowel on both sides of a comparison, so "Samuel" and "Samul" meet too — acceptable for search.
 */
export function foldName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[ßıłøđðþæœ]/g, (char) => letterMap[char] ?? char)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ae/g, "a")
    .replace(/oe/g, "o")
    .replace(/ue/g, "u")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function searchTextOf(familyName: string, givenNames: string, nameLatin: string | null): string {
  return ` ${foldName(`${familyName} ${givenNames} ${nameLatin ?? ""}`)} `;
}

/** Sort key: family name, then given names, folded so that Ö sorts with O. */
export function sortNameOf(familyName: string, givenNames: string): string {
  return `${foldName(familyName)}\u0001${foldName(givenNames)}`;
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0] ?? 0;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j] ?? 0;
      previous[j] = Math.min(
        above + 1,
        (previous[j - 1] ?? 0) + 1,
        diagonal + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return previous[b.length] ?? 0;
}

/** The distinct words of a folded name; each is indexed for prefix search. */
export function nameTokensOf(searchText: string): string[] {
  return [...new Set(searchText.split(" ").filter((word) => word.length > 0))];
}
