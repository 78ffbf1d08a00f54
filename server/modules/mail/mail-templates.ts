import type { MailLanguage } from "#shared/schemas/mail.ts";
import { berlinDayOf, berlinTimeOf } from "#shared/time/berlin-clock.ts";
import { germanDate } from "#shared/time/calendar.ts";

/** One line of a mail: a date or time, initials (never a name), what it is about, and a link into the app. */
export type MailLine = { when: string; initials: string | null; what: string; link?: string };
export type MailSection = { title: string; lines: MailLine[] };
export type MailBody = {
  subject: string;
  greeting: string;
  intro: string;
  sections: MailSection[];
  outro: string;
};
export type RenderedMail = { subject: string; text: string; html: string };

const footers: Record<MailLanguage, { unsubscribe: string; automatic: string }> = {
  de: {
    automatic: "Diese E-Mail hat Ankommen automatisch verschickt. Namen stehen nur in der Anwendung.",
    unsubscribe: "Keine solchen E-Mails mehr erhalten",
  },
  en: {
    automatic: "Ankommen sent this e-mail automatically. Names appear only inside the application.",
    unsubscribe: "Stop receiving e-mails like this",
  },
};

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[char] ?? char,
  );

const lineLabel = (line: MailLine) => [line.when, line.initials, line.what].filter(Boolean).join(" · ");

const lineText = (line: MailLine) => `- ${lineLabel(line)}${line.link ? `\n  ${line.link}` : ""}`;

const lineHtml = (line: MailLine) =>
  `<li>${escapeHtml(lineLabel(line))}${line.link ? ` – <a href="${escapeHtml(line.link)}">${escapeHtml(line.link)}</a>` : ""}</li>`;

/** Plain text and HTML of the same content; the footer names the sender and carries the unsubscribe link. */
export function renderMail(language: MailLanguage, body: MailBody, unsubscribeUrl: string): RenderedMail {
  const footer = footers[language];
  const text = [
    body.greeting,
    "",
    body.intro,
    ...body.sections.flatMap((section) => ["", `${section.title}:`, ...section.lines.map(lineText)]),
    "",
    body.outro,
    "",
    "--",
    footer.automatic,
    `${footer.unsubscribe}: ${unsubscribeUrl}`,
  ].join("\n");
  const html = [
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(body.subject)}</title></head><body>`,
    `<p>${escapeHtml(body.greeting)}</p>`,
    `<p>${escapeHtml(body.intro)}</p>`,
    ...body.sections.map(
      (section) => `<h2>${escapeHtml(section.title)}</h2><ul>${section.lines.map(lineHtml).join("")}</ul>`,
    ),
    `<p>${escapeHtml(body.outro)}</p>`,
    `<hr><p><small>${escapeHtml(footer.automatic)} <a href="${escapeHtml(unsubscribeUrl)}">${escapeHtml(footer.unsubscribe)}</a></small></p>`,
    "</body></html>",
  ].join("\n");
  return { subject: body.subject, text, html };
}

/** `04.12.2026, 09:30` in Berlin time, in both languages (the app's date format). */
export const berlinDateTime = (instant: string) =>
  `${germanDate(berlinDayOf(instant))}, ${berlinTimeOf(instant)}`;
