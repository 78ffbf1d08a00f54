import type { HttpBindings } from "@hono/node-server";
import type { Scope } from "#shared/auth/permissions.ts";
import type { SessionUser, SignInStep } from "#shared/schemas/auth.ts";
import type { Config } from "./config.ts";
import type { Db, Dialect } from "./db/database.ts";
import type { Logger } from "./lib/logger.ts";
import type { Disclosure } from "./modules/disclosure/disclosure-channels.ts";
import type { Mailer } from "./modules/mail/mail-transport.ts";

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

export type AuditEvent = {
  action: string;
  entity: string;
  entityId: string | null;
  centreId?: string | null;
  details?: Record<string, unknown>;
  /** Who acted when no session exists yet: the account signing in, or the e-mail that was tried. */
  subject?: { id: string | null; email: string; role: string | null };
  /** The persons whose data the request showed or changed (a person entity and `details.personId` count too). */
  personIds?: readonly string[];
};

export type ReadAuditLog = {
  /** Resolves once the entry is committed, and rejects when it could not be: only then may the data leave. */
  record: (context: RequestContext, event: AuditEvent) => Promise<void>;
  /** Commits every entry waiting now. */
  flush: () => Promise<void>;
  /** For shutdown: commits what waits, and from then on every entry is written without waiting for company. */
  close: () => Promise<void>;
};

export type ActorContext = RequestContext & {
  actor: Actor;
  /** Audits a read of person data (see read-audit.ts); changes use recordAudit inside their transaction. */
  recordRead: (event: AuditEvent) => Promise<void>;
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
