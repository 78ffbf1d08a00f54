import type { AppointmentType } from "#shared/schemas/appointment.ts";
import type { MailLanguage } from "#shared/schemas/mail.ts";

/** The words of every mail, German and English; the content (dates, initials, links) is filled in by the kinds. */
export const mailTexts = {
  de: {
    digest: {
      subject: (day: string) => `Ankommen: Ihr Überblick für den ${day}`,
      greeting: (name: string) => `Guten Morgen ${name},`,
      intro: "hier ist, was heute bei Ihnen ansteht. Die Einträge öffnen Sie über die Links in Ankommen.",
      outro: "Einen guten Arbeitstag!",
      tasks: "Fällige Aufgaben",
      task: "Aufgabe fällig",
      residencePermits: "Aufenthaltstitel laufen ab",
      residencePermit: "Aufenthaltstitel läuft ab",
      documents: "Dokumente laufen ab",
      document: "Dokument läuft ab",
      esf: "ESF-Plus-Ergebnisse fällig",
      esfResult: "Ergebnis erfassen",
      appointments: "Termine morgen",
    },
    employer: {
      proposedSubject: "Ankommen: Neue Kandidatin oder neuer Kandidat für Ihr Angebot",
      interviewSubject: "Ankommen: Vorstellungsgespräch vereinbart",
      greeting: "Guten Tag,",
      proposed: (pseudonym: string) =>
        `das Welcome Center hat Ihnen ${pseudonym} vorgeschlagen. Das Profil sehen Sie in Ankommen.`,
      interview: (pseudonym: string) => `für ${pseudonym} ist ein Vorstellungsgespräch vereinbart.`,
      offer: "Zum Angebot",
      interviewSection: "Vorstellungsgespräch",
      outro: "Name und Kontaktdaten gibt das Welcome Center frei, wenn Sie zusagen.",
    },
    confirmation: {
      subject: (when: string) => `Ihr Termin am ${when}`,
      greeting: "Guten Tag,",
      intro: "hiermit bestätigen wir Ihren Termin beim Welcome Center.",
      section: "Ihr Termin",
      online: "Online-Termin",
      outro: "Wenn Sie nicht kommen können, melden Sie sich bitte bei Ihrer Beraterin oder Ihrem Berater.",
      types: {
        consultation: "Beratung",
        document_check: "Dokumentenprüfung",
        betriebssprachtag: "Betriebssprachtag",
        employer_interview: "Vorstellungsgespräch",
        other: "Termin",
      } satisfies Record<AppointmentType, string>,
    },
  },
  en: {
    digest: {
      subject: (day: string) => `Ankommen: your overview for ${day}`,
      greeting: (name: string) => `Good morning ${name},`,
      intro: "here is what is due for you today. The links open each entry in Ankommen.",
      outro: "Have a good day!",
      tasks: "Tasks due",
      task: "Task due",
      residencePermits: "Residence permits expiring",
      residencePermit: "Residence permit expires",
      documents: "Documents expiring",
      document: "Document expires",
      esf: "ESF+ results due",
      esfResult: "Record the result",
      appointments: "Appointments tomorrow",
    },
    employer: {
      proposedSubject: "Ankommen: a new candidate for your offer",
      interviewSubject: "Ankommen: interview arranged",
      greeting: "Hello,",
      proposed: (pseudonym: string) =>
        `the Welcome Center has proposed ${pseudonym} to you. You can see the profile in Ankommen.`,
      interview: (pseudonym: string) => `an interview with ${pseudonym} has been arranged.`,
      offer: "Your offer",
      interviewSection: "Interview",
      outro: "The Welcome Center releases name and contact details once you accept.",
    },
    confirmation: {
      subject: (when: string) => `Your appointment on ${when}`,
      greeting: "Hello,",
      intro: "we confirm your appointment at the Welcome Center.",
      section: "Your appointment",
      online: "Online appointment",
      outro: "If you cannot come, please contact your advisor.",
      types: {
        consultation: "Counselling",
        document_check: "Document check",
        betriebssprachtag: "In-company language day",
        employer_interview: "Job interview",
        other: "Appointment",
      } satisfies Record<AppointmentType, string>,
    },
  },
} satisfies Record<MailLanguage, unknown>;
