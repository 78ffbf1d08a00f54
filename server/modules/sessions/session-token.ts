import { createHmac, randomBytes } from "node:crypto";

export const newSessionToken = (): string => randomBytes(32).toString("base64url");

/** The database stores only a keyed hash of the token, so a leaked table does not yield usable sessions. */
export const sessionIdOf = (token: string, secret: string): string =>
  createHmac("sha256", secret).update(token).digest("base64url");
