import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { clientDist, manifestFile, signInChunks } from "../setup/sign-in-chunks.ts";

/**
 * The sign-in page's JavaScript budget: the entry chunk of the built client and everything it imports
 * statically (plus the login route's chunk, should it become lazy) — at most 150 KB gzip. What the page
 * loads later (the form's checks on first use, the signed-in app) is not counted; see decision 0045, and the
 * browser test in tests/e2e/sign-in.test.ts that the page loads nothing else before it is used.
 */
const BUDGET_BYTES = 150 * 1024;

describe("client budget", () => {
  it("keeps the sign-in page's JavaScript under 150 KB gzip", () => {
    expect(fs.existsSync(manifestFile), `no client build at ${clientDist} (run vite build)`).toBe(true);
    const files = signInChunks();
    const sizes = files.map((file) => {
      const content = fs.readFileSync(path.join(clientDist, file));
      return { file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
    });
    const gzip = sizes.reduce((sum, size) => sum + size.gzip, 0);
    const raw = sizes.reduce((sum, size) => sum + size.raw, 0);
    process.stdout.write(
      `[budget] sign-in JavaScript: ${(gzip / 1024).toFixed(1)} KB gzip (${(raw / 1024).toFixed(1)} KB raw) ` +
        `in ${files.length} files; budget ${BUDGET_BYTES / 1024} KB\n`,
    );
    expect(files.length).toBeGreaterThan(0);
    expect(gzip, sizes.map((size) => `${size.file}: ${size.gzip}`).join("\n")).toBeLessThanOrEqual(
      BUDGET_BYTES,
    );
  });
});
