import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig, type ViteUserConfig } from "vitest/config";

const repoRoot = fileURLToPath(new URL(".", import.meta.url));
const apiPort = Number(process.env.PORT ?? 3000);
/** The harness test (tests/harness/exit-codes.test.ts) runs these fixtures in a child Vitest; never in `npm test`. */
const harness = process.env.ANKOMMEN_HARNESS_FIXTURES === "1";
const outcomeFixture = harness ? ["tests/harness/fixtures/outcome.fixture.ts"] : [];
const browserFixture = harness ? ["tests/harness/fixtures/browser.fixture.ts"] : [];

const config = {
  root: "client",
  plugins: [react()],
  build: {
    outDir: process.env.ANKOMMEN_CLIENT_DIST ?? "../dist/client",
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
  },
  server: {
    port: 5173,
    proxy: { "/api": { target: `http://127.0.0.1:${apiPort}`, changeOrigin: false } },
  },
  test: {
    projects: [
      {
        root: repoRoot,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "tests/harness/**/*.test.ts", ...outcomeFixture],
          environment: "node",
        },
      },
      {
        root: repoRoot,
        test: {
          name: "api-sqlite",
          include: ["tests/api/**/*.test.ts", "tests/sqlite/**/*.test.ts", ...outcomeFixture],
          env: { TEST_DB: "sqlite" },
          globalSetup: ["tests/setup/sqlite-template.ts"],
          testTimeout: 20_000,
          // Hooks start whole server processes; on a loaded two-core machine that takes longer than 10 s.
          hookTimeout: 60_000,
        },
      },
      {
        root: repoRoot,
        test: {
          name: "api-postgres",
          include: ["tests/api/**/*.test.ts", "tests/postgres/**/*.test.ts", ...outcomeFixture],
          env: { TEST_DB: "postgres" },
          globalSetup: ["tests/setup/postgres-server.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        root: repoRoot,
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts", ...outcomeFixture, ...browserFixture],
          globalSetup: ["tests/setup/e2e-server.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
} satisfies ViteUserConfig;

export default defineConfig(({ command }) => {
  // A client build is always a production build: NODE_ENV=development in the shell must not ship React's
  // development bundle. Vite reads NODE_ENV after loading this file, so setting it here decides the build.
  if (command === "build") process.env.NODE_ENV = "production";
  return config;
});
