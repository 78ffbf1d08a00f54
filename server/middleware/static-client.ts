import { promises as fs } from "node:fs";
import path from "node:path";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../app-env.ts";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  // The import templates (client/public/vorlagen).
  ".csv": "text/csv; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

async function readIfFile(file: string): Promise<Buffer | null> {
  try {
    const stat = await fs.stat(file);
    return stat.isFile() ? await fs.readFile(file) : null;
  } catch {
    return null;
  }
}

/** Serves the built SPA: real files from the build, index.html for every other non-API GET. */
export function serveClient(clientDir: string) {
  const root = path.resolve(clientDir);
  return createMiddleware<AppEnv>(async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(c.req.url).pathname);
    } catch {
      return c.text("Ungültige Adresse (fehlerhafte Prozent-Kodierung)", 400);
    }
    const candidate = path.resolve(root, `.${pathname}`);
    const insideRoot = candidate.startsWith(`${root}${path.sep}`);
    const file = insideRoot && !pathname.endsWith("/") ? await readIfFile(candidate) : null;
    if (file) {
      const immutable = pathname.startsWith("/assets/");
      c.header("Content-Type", contentTypes[path.extname(candidate)] ?? "application/octet-stream");
      c.header("Cache-Control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
      return c.body(new Uint8Array(file));
    }
    if (path.extname(pathname)) return next();
    const index = await readIfFile(path.join(root, "index.html"));
    if (!index) return next();
    c.header("Content-Type", contentTypes[".html"]);
    c.header("Cache-Control", "no-cache");
    return c.body(new Uint8Array(index));
  });
}
