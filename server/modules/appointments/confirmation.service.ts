import type { AppointmentType } from "#shared/schemas/appointment.ts";
import type { AppointmentConfirmation, MailLanguage, MailSent } from "#shared/schemas/mail.ts";
import type { ActorContext } from "../../app-env.ts";
import { scopeOf } from "../../db/centre-scope.ts";
import type { Db } from "../../db/database.ts";
import { conflict, notFound } from "../../lib/errors.ts";
import { isUnsubscribed, personRecipient, sendMail } from "../mail/mail.service.ts";
import { berlinDateTime } from "../mail/mail-templates.ts";
import { mailTexts } from "../mail/mail-texts.ts";
import type { Mailer } from "../mail/mail-transport.ts";
import { findPerson } from "../persons/persons.service.ts";
import { findAppointment } from "./appointments.service.ts";

/** German unless the person speaks English and no German. */
const languageFor = (spoken: string[]): MailLanguage =>
  !spoken.includes("de") && spoken.includes("en") ? "en" : "de";

const spokenOf = (languages: string) => {
  try {
    const parsed: unknown = JSON.parse(languages);
    return Array.isArray(parsed) ? parsed.filter((code): code is string => typeof code === "string") : [];
  } catch {
    return [];
  }
};

/**
 * "Bestätigung senden": the appointment's time, kind and place to the person's own address, on an advisor's
 * click, only with the person's counselling consent (the gate refuses with 409). One mail per version of the
 * appointment: a second click answers 409, a changed appointment may be confirmed again.
 */
export async function sendAppointmentConfirmation(
  db: Db,
  mailer: Mailer,
  context: ActorContext,
  appointmentId: string,
  input: AppointmentConfirmation,
): Promise<MailSent> {
  const scope = scopeOf(db, context.actor);
  const appointment = await findAppointment(scope, appointmentId);
  if (!appointment) throw notFound("Termin");
  if (appointment.cancelled_at || appointment.anonymised_at)
    throw conflict("transition_not_allowed", "Ein abgesagter Termin wird nicht bestätigt");
  const person = await findPerson(db, scope.centreId, appointment.person_id);
  if (!person?.email) throw conflict("no_mail_address", "Für die Person ist keine E-Mail-Adresse hinterlegt");
  const recipientKey = personRecipient(person.id);
  if (await isUnsubscribed(db, recipientKey, "appointment_confirmation"))
    throw conflict("mail_unsubscribed", "Die Person hat Terminbestätigungen abbestellt");
  const language = input.language ?? languageFor(spokenOf(person.languages));
  const words = mailTexts[language].confirmation;
  const when = berlinDateTime(appointment.starts_at);
  const place = appointment.location ?? (appointment.online === 1 ? words.online : null);
  const type = words.types[appointment.type as AppointmentType] ?? words.types.other;
  const sent = await sendMail(db, mailer, context, {
    centreId: scope.centreId,
    kind: "appointment_confirmation",
    dedupeKey: `appointment_confirmation:${appointment.id}:v${appointment.version}`,
    recipientKey,
    to: person.email,
    language,
    body: {
      subject: words.subject(when),
      greeting: words.greeting,
      intro: words.intro,
      sections: [
        {
          title: words.section,
          lines: [
            {
              when: `${when} – ${berlinDateTime(appointment.ends_at).slice(-5)}`,
              initials: null,
              what: [type, place].filter(Boolean).join(", "),
            },
          ],
        },
      ],
      outro: words.outro,
    },
    personIds: [person.id],
  });
  if (!sent) throw conflict("mail_already_sent", "Diese Bestätigung wurde schon verschickt");
  return sent;
}
