/** The tables this module owns, as Kysely sees them (docs/architecture.md: table types). */
export type MailOutboxTable = {
  id: string;
  /** The recipient's centre: its admin reads the outbox. */
  centre_id: string;
  kind: string;
  /** One mail per kind, recipient and occasion: the insert that claims it is what keeps a retry from sending twice. */
  dedupe_key: string;
  /** `user:<id>` or `person:<id>`, what an unsubscribe names. */
  recipient_key: string;
  to_address: string;
  language: string;
  subject: string;
  text_body: string;
  html_body: string;
  /** JSON list of the persons the mail concerns, named by its audit entry. */
  person_ids: string;
  /** `queued` → `sending` → `sent` | `failed`; `held` where no SMTP server is configured. */
  status: string;
  created_at: string;
  sent_at: string | null;
  error: string | null;
};

export type MailUnsubscribesTable = { recipient_key: string; kind: string; unsubscribed_at: string };

export type MailSettingsTable = { user_id: string; language: string; updated_at: string };
