import { codeAt } from "../modules/second-factor/totp.ts";
import { demoSecondFactorSecrets } from "../seed/demo-accounts.ts";

const email = process.argv[2]?.trim().toLowerCase();
const secret = email ? demoSecondFactorSecrets[email] : undefined;
if (!email || !secret) {
  console.error("Aufruf: npm run demo:code -- <E-Mail eines Demo-Kontos>");
  console.error(`Demo-Konten mit zweitem Faktor: ${Object.keys(demoSecondFactorSecrets).join(", ")}`);
  process.exit(2);
}
const now = Date.now();
const secondsLeft = 30 - (Math.floor(now / 1000) % 30);
console.log(`${codeAt(secret, now)}  (${email}, noch ${secondsLeft} s gültig)`);
