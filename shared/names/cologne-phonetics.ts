/**
 * Kölner Phonetik (Postel 1969), the German phonetic code: names that sound alike get the same digits, so
 * "Meier", "Mayer" and "Maier" meet. `cologneDigits` is the code per letter before the two final steps;
 * `colognePhonetic` merges repeated digits and drops every 0 but a leading one.
 */
const lettersOf = (text: string) =>
  text
    .toUpperCase()
    .replace(/ß/g, "S")
    .normalize("NFD")
    .replace(/[^A-Z]/g, "");

const VOWELS = "AEIJOUY";

function digitOf(letter: string, previous: string, next: string, first: boolean): string {
  if (VOWELS.includes(letter)) return "0";
  switch (letter) {
    case "H":
      return "";
    case "B":
      return "1";
    case "P":
      return next === "H" ? "3" : "1";
    case "D":
    case "T":
      return "CSZ".includes(next) && next !== "" ? "8" : "2";
    case "F":
    case "V":
    case "W":
      return "3";
    case "G":
    case "K":
    case "Q":
      return "4";
    case "C":
      if (first) return next !== "" && "AHKLOQRUX".includes(next) ? "4" : "8";
      return next !== "" && "AHKOQUX".includes(next) && !"SZ".includes(previous) ? "4" : "8";
    case "X":
      return previous !== "" && "CKQ".includes(previous) ? "8" : "48";
    case "L":
      return "5";
    case "M":
    case "N":
      return "6";
    case "R":
      return "7";
    case "S":
    case "Z":
      return "8";
    default:
      return "";
  }
}

export function cologneDigits(text: string): string {
  const letters = lettersOf(text);
  let digits = "";
  for (let index = 0; index < letters.length; index++) {
    const letter = letters[index] ?? "";
    digits += digitOf(letter, letters[index - 1] ?? "", letters[index + 1] ?? "", index === 0);
  }
  return digits;
}

export function colognePhonetic(text: string): string {
  const digits = cologneDigits(text);
  let merged = "";
  for (const digit of digits) if (digit !== merged.at(-1)) merged += digit;
  return merged.slice(0, 1) + merged.slice(1).replace(/0/g, "");
}
