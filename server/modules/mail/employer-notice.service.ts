import { MailLanguageSchema } from "#shared/schemas/mail.ts";
import type { ActorContext } from "../../app-env.ts";
import type { Db } from "../../db/database.ts";
import { pseudonymOf } from "../../lib/pseudonym.ts";
import { listEmployerRecipients } from "./mail.cross-centre.ts";
import { sendMail, userRecipient } from "./mail.service.ts";
import { berlinDateTime } from "./mail-templates.ts";
import { mailTexts } from "./mail-texts.ts";
import type { Mailer } from "./mail-transport.ts";

export type EmployerOccasion =
  | { kind: "proposed" }
  | { kind: "interview"; appointmentId: string; startsAt: string; online: boolean };

type NoticePlacement = { id: string; offerId: string; companyId: string; personId: string };

/**
 * Tells the company's users that a candidate was proposed or an interview booked. Before the contact release
 * the employer may see nothing of the person (issue 12, item 1), so the mail carries the placement's pseudonym,
 * the time and a link into the portal: no name, no contact, no text typed by staff. A mail that cannot be sent
 * never undoes the proposal; it is logged and shows in the outbox.
 */
export async function noticeEmployer(
  db: Db,
  mailer: Mailer,
  context: ActorContext,
  placement: NoticePlacement,
  occasion: EmployerOccasion,
): Promise<void> {
  const pseudonym = pseudonymOf(placement.id);
  const offerLink = `${mailer.appUrl}/portal/offers/${encodeURIComponent(placement.offerId)}`;
  for (const recipient of await listEmployerRecipients(db, placement.companyId)) {
    const language = MailLanguageSchema.catch("de").parse(recipient.language);
    const words = mailTexts[language].employer;
    const interview =
      occasion.kind === "interview"
        ? [
            {
              title: words.interviewSection,
              lines: [
                {
                  when: berlinDateTime(occasion.startsAt),
                  initials: null,
                  what: occasion.online ? mailTexts[language].confirmation.online : pseudonym,
                },
              ],
            },
          ]
        : [];
    try {
      await sendMail(db, mailer, context, {
        centreId: context.actor.centreId,
        kind: "employer_notice",
        dedupeKey:
          occasion.kind === "proposed"
            ? `employer_notice:proposed:${placement.id}:${recipient.id}`
            : `employer_notice:interview:${occasion.appointmentId}:${recipient.id}`,
        recipientKey: userRecipient(recipient.id),
        to: recipient.email,
        language,
        body: {
          subject: occasion.kind === "proposed" ? words.proposedSubject : words.interviewSubject,
          greeting: words.greeting,
          intro: occasion.kind === "proposed" ? words.proposed(pseudonym) : words.interview(pseudonym),
          sections: [
            ...interview,
            { title: words.offer, lines: [{ when: "", initials: null, what: pseudonym, link: offerLink }] },
          ],
          outro: words.outro,
        },
        personIds: [placement.personId],
      });
    } catch (error) {
      mailer.logger.error("employer notice not sent", { placementId: placement.id, error: String(error) });
    }
  }
}
