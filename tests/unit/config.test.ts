import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "#server/config.ts";

describe("configuration", () => {
  it("has working defaults for a development start", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: "development",
      port: 3000,
      databaseUrl: undefined,
      trustProxy: null,
    });
    expect(config.dataDir).toMatch(/data$/);
  });

  it("runs the daily jobs at 02:30 unless switched off, and not in tests unless asked", () => {
    expect(loadConfig({})).toMatchObject({ jobsEnabled: true, jobsDailyAt: "02:30" });
    expect(loadConfig({ JOBS_ENABLED: "false" }).jobsEnabled).toBe(false);
    expect(loadConfig({ NODE_ENV: "test" }).jobsEnabled).toBe(false);
    expect(loadConfig({ NODE_ENV: "test", JOBS_ENABLED: "true", JOBS_DAILY_AT: "23:59" })).toMatchObject({
      jobsEnabled: true,
      jobsDailyAt: "23:59",
    });
  });

  it.each([
    [{ PORT: "achtzig" }, "Invalid configuration: PORT"],
    [{ PORT: "70000" }, "Invalid configuration: PORT"],
    [{ DATABASE_URL: "mysql://x" }, "Invalid configuration: DATABASE_URL must start with postgres://"],
    [{ NODE_ENV: "staging" }, "Invalid configuration: NODE_ENV"],
    [{ TRUST_PROXY: "yes" }, "Invalid configuration: TRUST_PROXY"],
    [
      { TRUSTED_PROXIES: "10.0.0.0/8" },
      "Invalid configuration: TRUSTED_PROXIES is set, but TRUST_PROXY is not true",
    ],
    [
      { TRUST_PROXY: "true", TRUSTED_PROXIES: "10.0.0.0/8, nginx" },
      'Invalid configuration: TRUSTED_PROXIES entry "nginx" is no IP address',
    ],
    [{ SESSION_SECRET: "kurz" }, "Invalid configuration: SESSION_SECRET must be at least 32 characters"],
    [{ JOBS_DAILY_AT: "2:30" }, "Invalid configuration: JOBS_DAILY_AT must be a time of day as HH:MM"],
    [{ JOBS_DAILY_AT: "24:00" }, "Invalid configuration: JOBS_DAILY_AT must be a time of day as HH:MM"],
    [{ JOBS_ENABLED: "ja" }, "Invalid configuration: JOBS_ENABLED"],
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

  it("believes X-Forwarded-For only when TRUST_PROXY=true, from the proxies TRUSTED_PROXIES names", () => {
    const local = loadConfig({ TRUST_PROXY: "true" }).trustProxy;
    expect(local?.maxHops).toBe(1);
    expect(local?.trusts("127.0.0.1")).toBe(true);
    expect(local?.trusts("172.20.0.3")).toBe(true);
    expect(local?.trusts("203.0.113.9")).toBe(false);
    const listed = loadConfig({
      TRUST_PROXY: "true",
      TRUSTED_PROXIES: "203.0.113.0/24, 2001:db8::/32",
    }).trustProxy;
    expect(listed?.maxHops).toBe(Number.POSITIVE_INFINITY);
    expect([
      listed?.trusts("203.0.113.77"),
      listed?.trusts("2001:db8::5"),
      listed?.trusts("127.0.0.1"),
    ]).toEqual([true, true, false]);
    expect(loadConfig({ TRUST_PROXY: "true", TRUSTED_PROXIES: "2" }).trustProxy?.maxHops).toBe(2);
  });
});
