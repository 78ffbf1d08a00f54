import path from "node:path";
import { z } from "zod";
import { type ProxyTrust, proxyTrust } from "./lib/client-address.ts";

const ConfigSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: "must start with postgres:// or postgresql://" })
    .optional(),
  SESSION_SECRET: z.string().min(32, { error: "must be at least 32 characters" }).optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(120),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24)
    .default(12),
  TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  TRUSTED_PROXIES: z.string().optional(),
  PUBLIC_ORIGIN: z.url().optional(),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  AUDIT_READ_GROUP_MS: z.coerce.number().int().min(0).max(5000).default(0),
  JOBS_ENABLED: z.enum(["true", "false"]).optional(),
  JOBS_DAILY_AT: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "must be a time of day as HH:MM" })
    .default("02:30"),
  DOCUMENTS_CENTRE_QUOTA_MB: z.coerce.number().int().min(1).max(10_000_000).default(2048),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { error: "must start with smtp:// or smtps://" })
    .optional(),
  MAIL_FROM: z.string().min(3).default("Ankommen <no-reply@ankommen.invalid>"),
  IMPORT_TEST_CHUNK_PAUSE_MS: z.coerce.number().int().min(0).max(10_000).default(0),
});

export type Config = {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  sessionSecret: string;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  /** Whose `X-Forwarded-For` entries are believed; null: none, the socket peer is the client. */
  trustProxy: ProxyTrust | null;
  publicOrigin: string | undefined;
  logLevel: "debug" | "info" | "warn" | "error" | "silent";
  /** How long the first read of an audit group waits for others before the group commits (0 = not at all). */
  auditReadGroupMs: number;
  /** Whether this instance takes part in the daily jobs (off under NODE_ENV=test unless JOBS_ENABLED=true). */
  jobsEnabled: boolean;
  /** Time of day (Europe/Berlin, HH:MM) after which the daily jobs run. */
  jobsDailyAt: string;
  /** What one centre may store as documents (issue 17), all persons together. */
  documentsCentreQuotaBytes: number;
  /** Where mails are handed over; without it they stay in the outbox the admin reads (decision 0040). */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Tests only (ignored unless NODE_ENV=test): a pause between an import's chunks, so its progress shows. */
  importChunkPauseMs: number;
};

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = ConfigSchema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== "")),
  );
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join(".") ?? "environment";
    throw new ConfigError(`Invalid configuration: ${name} ${issue?.message ?? "is invalid"}`);
  }
  const value = parsed.data;
  if (value.NODE_ENV === "production" && !value.SESSION_SECRET) {
    throw new ConfigError("Invalid configuration: SESSION_SECRET is required when NODE_ENV=production");
  }
  let trustProxy: ProxyTrust | null;
  try {
    trustProxy = proxyTrust(value.TRUST_PROXY === "true", value.TRUSTED_PROXIES);
  } catch (error) {
    throw new ConfigError(`Invalid configuration: TRUSTED_PROXIES ${(error as Error).message}`);
  }
  return {
    env: value.NODE_ENV,
    port: value.PORT,
    host: value.HOST,
    dataDir: path.resolve(value.DATA_DIR),
    databaseUrl: value.DATABASE_URL,
    sessionSecret: value.SESSION_SECRET ?? "development-only-secret-not-for-production-use",
    sessionIdleMs: value.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: value.SESSION_ABSOLUTE_HOURS * 3_600_000,
    trustProxy,
    publicOrigin: value.PUBLIC_ORIGIN?.replace(/\/$/, ""),
    logLevel: value.LOG_LEVEL,
    auditReadGroupMs: value.AUDIT_READ_GROUP_MS,
    jobsEnabled: (value.JOBS_ENABLED ?? (value.NODE_ENV === "test" ? "false" : "true")) === "true",
    jobsDailyAt: value.JOBS_DAILY_AT,
    documentsCentreQuotaBytes: value.DOCUMENTS_CENTRE_QUOTA_MB * 1024 * 1024,
    smtpUrl: value.SMTP_URL,
    mailFrom: value.MAIL_FROM,
    importChunkPauseMs: value.NODE_ENV === "test" ? value.IMPORT_TEST_CHUNK_PAUSE_MS : 0,
  };
}
