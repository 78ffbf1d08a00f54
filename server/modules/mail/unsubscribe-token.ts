import { createHmac, timingSafeEqual } from "node:crypto";
import { type MailChannel, mailChannels } from "../disclosure/disclosure-gate.ts";

export type Unsubscription = { recipientKey: string; kind: MailChannel };

const signatureOf = (secret: string, payload: string) =>
  createHmac("sha256", `mail-unsubscribe:${secret}`).update(payload).digest("base64url");

/** `<recipient and kind>.<HMAC>`: the link works without signing in, and only for the mailbox it was sent to. */
export function unsubscribeToken(secret: string, unsubscription: Unsubscription): string {
  const payload = Buffer.from(`${unsubscription.recipientKey}|${unsubscription.kind}`).toString("base64url");
  return `${payload}.${signatureOf(secret, payload)}`;
}

export function readUnsubscribeToken(secret: string, token: string): Unsubscription | null {
  const [payload, signature, ...rest] = token.split(".");
  if (!payload || !signature || rest.length > 0) return null;
  const expected = Buffer.from(signatureOf(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const [recipientKey, kind] = Buffer.from(payload, "base64url").toString().split("|");
  if (!recipientKey || !kind || !Object.hasOwn(mailChannels, kind)) return null;
  return { recipientKey, kind: kind as MailChannel };
}
