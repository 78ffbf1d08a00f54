/** `npm run bench`: the SQLite bench; `npm run bench -- --pg`: PostgreSQL at alliance scale (decision 0031). */
export {};

if (process.argv.includes("--pg")) await import("./pg-run.ts");
else await import("./sqlite-run.ts");
