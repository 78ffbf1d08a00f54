import { createHash, randomInt } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";

const ISSUER = "Ankommen";
/** One step either side tolerates a phone clock that is up to 30 s off. */
const DRIFT_STEPS = 1;
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
export const RECOVERY_CODE_COUNT = 8;

const totpOf = (secret: string, label = "") =>
  new TOTP({
    issuer: ISSUER,
    label,
    algorithm: "SHA1",
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });

export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

export const otpauthUri = (secret: string, email: string): string => totpOf(secret, email).toString();

export const qrSvgOf = (uri: string): Promise<string> =>
  QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });

export const currentStep = (now = Date.now()): number => TOTP.counter({ period: 30, timestamp: now });

/** The time step the code belongs to, or null when it matches none near now. */
export function stepOfCode(secret: string, code: string, now = Date.now()): number | null {
  const delta = totpOf(secret).validate({ token: code, timestamp: now, window: DRIFT_STEPS });
  return delta === null ? null : currentStep(now) + delta;
}

export const codeAt = (secret: string, timestamp: number): string => totpOf(secret).generate({ timestamp });

const randomGroup = () =>
  Array.from({ length: 4 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join("");

export const newRecoveryCodes = (): string[] =>
  Array.from({ length: RECOVERY_CODE_COUNT }, () => `${randomGroup()}-${randomGroup()}`);

export const isRecoveryCodeShape = (code: string): boolean => !/^\d{6}$/.test(code);

/** Recovery codes carry ~40 bits of randomness and are used once, so a plain SHA-256 suffices. */
export const recoveryCodeHash = (code: string): string =>
  createHash("sha256").update(code.toLowerCase().replace("-", "")).digest("base64url");
