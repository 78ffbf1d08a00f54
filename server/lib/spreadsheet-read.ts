import { parse } from "csv-parse/sync";
import { Unzip, UnzipInflate, UnzipPassThrough, unzipSync } from "fflate";
import { readSheet } from "read-excel-file/node";
import { say } from "#shared/api/issue-messages.ts";
import { ApiError, fieldError } from "./errors.ts";
import "#shared/api/server-issue-messages.ts";

/** A cell as read: text, a number, a date (XLSX date cells), a boolean, or empty. */
export type ReadCell = string | number | boolean | Date | null;
/** `rows[i]` is the spreadsheet's row `i + 1`, empty rows included. */
export type ReadSheet = {
  format: "csv" | "xlsx";
  encoding: "utf-8" | "windows-1252" | null;
  rows: ReadCell[][];
};

/** Unpacked size an XLSX may reach (a 10 MB upload of real data unpacks to well under this). */
export const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;

const SHEET_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
const unreadable = (message: string) => fieldError("file", message);

class TooLarge extends Error {}

/**
 * Unpacks the archive counting the bytes it really inflates (declared sizes may lie), refusing once the
 * total passes the cap, and answers `[Content_Types].xml`.
 */
function inspectZip(bytes: Uint8Array): string | null {
  const tooLarge = () =>
    new ApiError(
      "payload_too_large",
      say("unpacked_too_large", { count: MAX_UNPACKED_BYTES / 1024 / 1024 }),
      [{ path: "file", code: "zip_bomb", message: say("zip_bomb") }],
    );
  // The sizes the central directory declares: most bombs say what they are, and nothing is inflated for it.
  let declared = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        declared += file.originalSize;
        return false;
      },
    });
  } catch {
    throw unreadable(say("xlsx_unreadable"));
  }
  if (declared > MAX_UNPACKED_BYTES) throw tooLarge();
  let unpacked = 0;
  const contentTypes: Uint8Array[] = [];
  let sawContentTypes = false;
  const unzip = new Unzip((file) => {
    const collect = file.name === "[Content_Types].xml" ? contentTypes : null;
    if (collect) sawContentTypes = true;
    file.ondata = (error, data) => {
      if (error) throw error;
      unpacked += data.length;
      if (unpacked > MAX_UNPACKED_BYTES) throw new TooLarge();
      collect?.push(data);
    };
    if (file.compression !== 0 && file.compression !== 8) throw new Error("unsupported compression");
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    unzip.push(bytes, true);
  } catch (error) {
    if (error instanceof TooLarge) throw tooLarge();
    throw unreadable(say("xlsx_unreadable"));
  }
  if (!sawContentTypes) return null;
  return Buffer.concat(contentTypes).toString("utf8");
}

async function readXlsx(bytes: Uint8Array): Promise<ReadSheet> {
  const contentTypes = inspectZip(bytes);
  if (!contentTypes?.includes(SHEET_CONTENT_TYPE)) throw unreadable(say("zip_not_xlsx"));
  try {
    const rows = (await readSheet(Buffer.from(bytes), { trim: true })) as ReadCell[][];
    return { format: "xlsx", encoding: null, rows };
  } catch {
    throw unreadable(say("workbook_unreadable"));
  }
}

/** Windows-1252's 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ); Node's own decoder reads them as Latin-1. */
const CP1252_HIGH =
  "\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd" +
  "\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178";

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += String.fromCharCode(
      ...Array.from(chunk, (byte) =>
        byte >= 0x80 && byte < 0xa0 ? CP1252_HIGH.charCodeAt(byte - 0x80) : byte,
      ),
    );
  }
  return text;
}

/** UTF-8 (with or without BOM) when the bytes are valid UTF-8, else Windows-1252 (old Excel "CSV"). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: "utf-8" | "windows-1252" } {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: "utf-8" };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

/** `;` (German Excel) or `,`: whichever the first line holds more of outside quotes. */
export function detectDelimiter(text: string): ";" | "," {
  const counts = { ";": 0, ",": 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && (char === ";" || char === ",")) counts[char]++;
  }
  return counts[","] > counts[";"] ? "," : ";";
}

const TEXT_CONTROLS = new Set([9, 10, 13]);
const hasBinaryControls = (text: string) => {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 32 && !TEXT_CONTROLS.has(code)) return true;
  }
  return false;
};

function readCsv(bytes: Uint8Array): ReadSheet {
  const { text, encoding } = decodeText(bytes);
  // A text file has no NUL and no C0 controls other than tab, line feed and carriage return.
  if (hasBinaryControls(text)) throw unreadable(say("not_csv_or_xlsx"));
  try {
    const rows = parse(text, {
      delimiter: detectDelimiter(text),
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      trim: true,
    }) as string[][];
    return {
      format: "csv",
      encoding,
      rows: rows.map((row) => row.map((cell) => (cell === "" ? null : cell))),
    };
  } catch {
    throw unreadable(say("csv_unreadable"));
  }
}

const isZip = (bytes: Uint8Array) =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Reads an uploaded spreadsheet by its content, not its name: a ZIP must be an XLSX, anything else CSV text. */
export async function readSpreadsheet(bytes: Uint8Array): Promise<ReadSheet> {
  if (bytes.length === 0) throw unreadable(say("file_empty"));
  const sheet = isZip(bytes) ? await readXlsx(bytes) : readCsv(bytes);
  if (sheet.rows.length > MAX_IMPORT_ROWS + 1)
    throw unreadable(say("too_many_import_rows", { count: MAX_IMPORT_ROWS }));
  return sheet;
}
