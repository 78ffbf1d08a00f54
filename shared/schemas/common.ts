import { z } from "zod";
import { say } from "../api/issue-messages.ts";

export const IdSchema = z.string().min(1).max(64);
export const InstantSchema = z.iso.datetime({ offset: true });
export const CalendarDateSchema = z.iso.date();

const hex = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
const LINE_BREAK = /[\n\r\u2028\u2029]/u;
const CONTROL = /\p{Cc}/u;
const LONE_SURROGATE = /\p{Cs}/u;
/** Embeddings, overrides and isolates: they reorder what is shown ("Trojan Source"). */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
/**
 * Characters that show nothing: soft hyphen, combining grapheme joiner, Hangul fillers, Khmer inherent
 * vowels, Mongolian vowel separator, zero-width space, direction marks, word joiner, invisible operators,
 * deprecated format characters, BOM, interlinear annotation, musical formatting, tags.
 */
const INVISIBLE =
  /\u034F|[\u00AD\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u2060-\u2064\u206A-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\u{1D173}-\u{1D17A}\u{E0000}-\u{E007F}]/u;
const JOINER = /[\u200C\u200D]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const EMOJI_BEFORE_ZWJ = /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F/u;
const EMOJI = /\p{Extended_Pictographic}/u;

/** ZWNJ/ZWJ shape Arabic, Persian and Indic words (and ZWJ joins emoji): only inside such a sequence. */
function joinerNeeded(chars: string[], index: number): boolean {
  const before = chars[index - 1] ?? "";
  const after = chars[index + 1] ?? "";
  if (LETTER_OR_MARK.test(before) && LETTER_OR_MARK.test(after)) return true;
  return chars[index] === "\u200D" && EMOJI_BEFORE_ZWJ.test(before) && EMOJI.test(after);
}

/** Why the text may not be stored, naming the first offending character, or null. */
export function refusedCharacter(value: string, lines: "single" | "multi"): string | null {
  const chars = [...value];
  for (const [index, char] of chars.entries()) {
    if (LONE_SURROGATE.test(char)) return say("invalid_character", { character: hex(char) });
    if (lines === "single" && LINE_BREAK.test(char)) return say("no_line_break");
    if (CONTROL.test(char) && !(lines === "multi" && (char === "\n" || char === "\t")))
      return say("control_character", { character: hex(char) });
    if (BIDI_CONTROL.test(char)) return say("bidi_control", { character: hex(char) });
    if (lines === "single") {
      if (JOINER.test(char) ? !joinerNeeded(chars, index) : INVISIBLE.test(char))
        return say("invisible_character", { character: hex(char) });
    }
  }
  return null;
}

const textOf = (lines: "single" | "multi") =>
  z
    .string()
    .normalize("NFC")
    .overwrite((value) => (lines === "multi" ? value.replace(/\r\n?/g, "\n") : value))
    .trim()
    .superRefine((value, ctx) => {
      const refused = refusedCharacter(value, lines);
      if (refused) ctx.addIssue({ code: "custom", message: refused, input: value, continue: false });
    });

/**
 * Names, titles and every other one-line text: NFC, trimmed, without control characters, line breaks,
 * bidi controls or invisible characters (ZWNJ/ZWJ only inside words). Add `.min()`/`.max()` as needed.
 */
export const singleLineText = () => textOf("single");
/** Notes, descriptions, timeline text: like `singleLineText`, but with line breaks (as \n) and tabs. */
export const multiLineText = () => textOf("multi");

/** An e-mail address as typed (contacts, persons); accounts use `EmailSchema`, which also lower-cases. */
export const EmailAddressSchema = singleLineText()
  .max(254, { error: say("max_chars", { count: 254 }) })
  .pipe(z.email({ error: say("invalid_email") }));
export const EmailSchema = EmailAddressSchema.transform((email) => email.toLowerCase());

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;
export const PasswordSchema = z
  .string()
  .min(PASSWORD_MIN, { error: say("min_chars", { count: PASSWORD_MIN }) })
  .max(PASSWORD_MAX, { error: say("max_chars", { count: PASSWORD_MAX }) });

export const VersionSchema = z.number().int().min(1);
