import type { HttpBindings } from "@hono/node-server";
import type { Scope } from "../shared/auth/permissions.ts";
import type { SessionUser, SignInStep } from "../shared/schemas/auth.ts";
import type { Config } from "./config.ts";
import type { Db, Dialect } from "./db/database.ts";
import type { Logger } from "./lib/logger.ts";
import type { ReadAuditLog } from "./modules/audit/read-audit.ts";
import type { Disclosure } from "./modules/disclosure/disclosure-gate.ts";
import type { Mailer } from "./modules/mail/mail.service.ts";

export type AppDeps = {
  db: Db;
  dialect: Dialect;
  config: Config;
  logger: Logger;
  readAudit: ReadAuditLog;
  mailer: Mailer;
};

export type Actor = SessionUser & { scope: Scope | null };

export type RequestContext = {
  actor: Actor | null;
  requestId: string;
  ip: string | null;
};

export type AppEnv = {
  Bindings: Partial<HttpBindings>;
  Variables: {
    requestId: string;
    sessionId: string | null;
    user: SessionUser | null;
    /** A session that signed in with the password but has a step left (second factor, new password). */
    pending: { user: SessionUser; step: SignInStep } | null;
    scope: Scope | null;
    readAudit: ReadAuditLog;
    /** Set by `sendFile` once the answer passed the disclosure gate (modules/disclosure). */
    disclosure: Disclosure | undefined;
  };
};
