import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Native date inputs follow the browser's language (`mm/dd/yyyy`), not the app's: every date is a DateField. */
const clientSource = path.resolve(import.meta.dirname, "../../client/src");
const nativeDateInput = /type\s*=\s*(?:"date"|'date'|\{\s*["'`]date["'`]\s*\})/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.(tsx?|html)$/.test(entry.name) ? [file] : [];
  });
}

describe("date inputs", () => {
  it("leaves no native date input in the client", () => {
    const files = sourceFiles(clientSource);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.flatMap((file) =>
      fs
        .readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, index) =>
          nativeDateInput.test(line) ? [`${path.relative(clientSource, file)}:${index + 1}`] : [],
        ),
    );
    expect(offenders).toEqual([]);
  });
});
