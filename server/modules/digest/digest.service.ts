import type { AppointmentType } from "#shared/schemas/appointment.ts";
import { MailLanguageSchema } from "#shared/schemas/mail.ts";
import { germanDate } from "#shared/time/calendar.ts";
import { centreScope } from "../../db/centre-scope.ts";
import type { Db } from "../../db/database.ts";
import { initialsOf } from "../appointments/calendar-entries.ts";
import { listDigestRecipients, listQueuedMails, type MailRecipientRow } from "../mail/mail.cross-centre.ts";
import { deliverMail, jobRecorder, sendMail, userRecipient } from "../mail/mail.service.ts";
import type { MailLine, MailSection } from "../mail/mail-templates.ts";
import { berlinDateTime } from "../mail/mail-templates.ts";
import { mailTexts } from "../mail/mail-texts.ts";
import type { Mailer } from "../mail/mail-transport.ts";
import { digestRows } from "./digest.repository.ts";

export const DIGEST_JOB = "advisor-digest";

export type DigestOutcome = { sent: number; held: number; failed: number; empty: number; skipped: number };

const languageOf = (recipient: MailRecipientRow) => MailLanguageSchema.catch("de").parse(recipient.language);

async function digestFor(db: Db, mailer: Mailer, recipient: MailRecipientRow, today: string) {
  const rows = await digestRows(centreScope(db, recipient.centre_id), recipient.id, today);
  const language = languageOf(recipient);
  const words = mailTexts[language].digest;
  const types = mailTexts[language].confirmation.types;
  const personLink = (personId: string) => `${mailer.appUrl}/persons/${encodeURIComponent(personId)}`;
  const caseLink = (caseId: string) => `${mailer.appUrl}/cases/${encodeURIComponent(caseId)}`;
  const section = <R>(title: string, items: R[], line: (item: R) => MailLine): MailSection[] =>
    items.length > 0 ? [{ title, lines: items.map(line) }] : [];
  const sections = [
    ...section(words.tasks, rows.tasks, (task) => ({
      when: germanDate(task.due_on),
      initials: initialsOf(task),
      what: words.task,
      link: caseLink(task.case_id),
    })),
    ...section(words.residencePermits, rows.residencePermits, (person) => ({
      when: germanDate(person.permit_expires_on ?? ""),
      initials: initialsOf(person),
      what: words.residencePermit,
      link: personLink(person.person_id),
    })),
    ...section(words.documents, rows.documents, (document) => ({
      when: germanDate(document.valid_until ?? ""),
      initials: initialsOf(document),
      what: words.document,
      link: personLink(document.person_id),
    })),
    ...section(words.esf, rows.esf, (task) => ({
      when: germanDate(task.due_on),
      initials: initialsOf(task),
      what: words.esfResult,
      link: caseLink(task.case_id),
    })),
    ...section(words.appointments, rows.appointments, (appointment) => ({
      when: berlinDateTime(appointment.starts_at),
      initials: initialsOf(appointment),
      what: types[appointment.type as AppointmentType] ?? types.other,
      link: personLink(appointment.person_id),
    })),
  ];
  if (sections.length === 0) return "empty" as const;
  const personIds = [
    ...new Set(Object.values(rows).flatMap((items) => items.map((item) => item.person_id))),
  ].sort();
  return {
    centreId: recipient.centre_id,
    kind: "advisor_digest" as const,
    dedupeKey: `advisor_digest:${today}:${recipient.id}`,
    recipientKey: userRecipient(recipient.id),
    to: recipient.email,
    language,
    body: {
      subject: words.subject(germanDate(today)),
      greeting: words.greeting(recipient.name),
      intro: words.intro,
      sections,
      outro: words.outro,
    },
    personIds,
  };
}

/**
 * The daily digest (one run per day across instances, through runJobOnce): one mail per advisor with something
 * due, claimed by `advisor_digest:<day>:<advisor>` before it is sent, so a run that is taken over after a crash
 * sends only the mails its predecessor had not claimed; claimed ones it never handed over are delivered once.
 */
export async function runDigest(
  db: Db,
  mailer: Mailer,
  runId: string,
  today: string,
): Promise<DigestOutcome> {
  const outcome: DigestOutcome = { sent: 0, held: 0, failed: 0, empty: 0, skipped: 0 };
  const recorder = jobRecorder(db, runId);
  for (const recipient of await listDigestRecipients(db)) {
    const draft = await digestFor(db, mailer, recipient, today);
    if (draft === "empty") {
      outcome.empty++;
      continue;
    }
    const result = await sendMail(db, mailer, recorder, draft);
    if (!result) outcome.skipped++;
    else if (result.status === "sent" || result.status === "held" || result.status === "failed")
      outcome[result.status]++;
  }
  for (const queued of await listQueuedMails(db)) {
    const result = await deliverMail(db, mailer, recorder, queued.centre_id, queued.id).catch(() => null);
    if (result?.status === "sent" || result?.status === "held" || result?.status === "failed")
      outcome[result.status]++;
  }
  return outcome;
}
