import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../server/config.ts";

describe("configuration", () => {
  it("has working defaults for a development start", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: "development",
      port: 3000,
      databaseUrl: undefined,
      trustProxy: false,
    });
    expect(config.dataDir).toMatch(/data$/);
  });

  it.each([
    [{ PORT: "achtzig" }, "Invalid configuration: PORT"],
    [{ PORT: "70000" }, "Invalid configuration: PORT"],
    [{ DATABASE_URL: "mysql://x" }, "Invalid configuration: DATABASE_URL must start with postgres://"],
    [{ NODE_ENV: "staging" }, "Invalid configuration: NODE_ENV"],
    [{ SESSION_SECRET: "kurz" }, "Invalid configuration: SESSION_SECRET must be at least 32 characters"],
    [
      { NODE_ENV: "production" },
      "Invalid configuration: SESSION_SECRET is required when NODE_ENV=production",
    ],
  ])("stops with one clear line for %o", (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message.startsWith(message)).toBe(true);
      expect((error as Error).message).not.toContain("\n");
    }
  });

  it("accepts a PostgreSQL URL", () => {
    expect(loadConfig({ DATABASE_URL: "postgres://u:p@db:5432/ankommen" }).databaseUrl).toBe(
      "postgres://u:p@db:5432/ankommen",
    );
  });
});
