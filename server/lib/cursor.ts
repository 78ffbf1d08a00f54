import { z } from "zod";
import { say } from "#shared/api/issue-messages.ts";
import { fieldError } from "./errors.ts";

const CursorPayload = z
  .array(z.union([z.string(), z.number()]))
  .min(1)
  .max(5);

export function encodeCursor(values: (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string | undefined, arity: number): (string | number)[] | undefined {
  if (cursor === undefined) return undefined;
  try {
    const parsed = CursorPayload.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    if (parsed.length !== arity) throw new Error("arity");
    return parsed;
  } catch {
    throw fieldError("cursor", say("invalid_cursor"));
  }
}

export function pageFrom<T>(rows: T[], limit: number, cursorOf: (row: T) => (string | number)[]) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null };
}
