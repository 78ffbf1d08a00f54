/**
 * The issues only the server raises — uploads of documents and spreadsheets, the import report — with their
 * German wording. Kept apart from `issue-messages.ts` so the browser's bundle does not carry their texts; the
 * client maps their codes all the same (`client/src/lib/field-error-text.ts`). Imported for its effect by the
 * server modules that raise them.
 */
import { addIssueTable, type Count } from "./issue-messages.ts";

export const serverGerman = {
  // Spreadsheets: the file as a whole
  unpacked_too_large: ({ count }: Count) => `Die Datei entpackt sich auf mehr als ${count} MB`,
  zip_bomb: () => "Entpackt zu groß (Zip-Bombe?)",
  xlsx_unreadable: () => "Die Datei ist kein lesbares XLSX-Archiv",
  zip_not_xlsx: () => "Die ZIP-Datei ist keine Excel-Arbeitsmappe (XLSX)",
  workbook_unreadable: () => "Die Arbeitsmappe lässt sich nicht lesen",
  not_csv_or_xlsx: () => "Die Datei ist weder CSV noch XLSX",
  csv_unreadable: () => "Die CSV-Datei lässt sich nicht lesen (Anführungszeichen prüfen)",
  file_empty: () => "Die Datei ist leer",
  too_many_import_rows: ({ count }: Count) =>
    `Mehr als ${count.toLocaleString("de-DE")} Zeilen: bitte die Datei aufteilen`,
  // Bulk actions
  bulk_too_many: ({ count }: Count) =>
    `Mehr als ${count.toLocaleString("de-DE")} Treffer: bitte den Filter eingrenzen oder einzeln auswählen`,
  // Spreadsheet import and uploads
  file_too_large: ({ count }: Count) => `Die Datei ist größer als ${count} MB`,
  file_expected: () => "Bitte eine Datei im Feld „file“ senden",
  multipart_file_expected: () => "Bitte die Datei als multipart/form-data im Feld „file“ senden",
  form_unreadable: () => "Das Formular lässt sich nicht lesen",
  json_text_expected: () => "Erwartet JSON-Text",
  invalid_json: () => "Kein gültiges JSON",
  contact_person_required: () => "Bitte die Ansprechperson nennen",
  import_key_missing: () => "Schlüssel fehlt: ohne ihn kann die Zeile nicht abgeglichen werden",
  import_same_key: ({ row }: { row: number }) => `Derselbe Schlüssel wie Zeile ${row}`,
  import_not_duplicate_company: () => "Das gewählte Unternehmen ist keine der gefundenen Dubletten",
  import_not_duplicate_person: () => "Die gewählte Person ist keine der gefundenen Dubletten",
  import_person_anonymised: () => "Die Person wurde anonymisiert und kann nicht geändert werden",
  import_column_missing: ({ field }: { field: string }) =>
    `Keine Spalte für „${field}“: bitte eine Spalte zuordnen`,
  import_formula: ({ column }: { column: string }) =>
    `Formel in Spalte „${column}“ abgelehnt: Zellen dürfen nicht mit = + - @ beginnen`,
  // Merging two persons
  merge_same_person: () => "Eine Person kann nicht mit sich selbst zusammengeführt werden",
  dismiss_same_person: () => "Ein Paar besteht aus zwei verschiedenen Personen",
  // Documents: upload, content check
  doc_not_multipart: () =>
    "Dokumente werden als multipart/form-data hochgeladen (Felder file, type, validUntil, note)",
  doc_quota_exceeded: ({ count }: Count) =>
    `Der Speicherplatz des Zentrums für Dokumente (${count} MB) ist ausgeschöpft`,
  doc_file_missing: () => "Bitte eine Datei wählen",
  doc_no_boundary: () => "Der multipart/form-data-Inhalt ist unvollständig (boundary fehlt)",
  doc_one_file_only: () => "Nur eine Datei je Anfrage",
  doc_unknown_file_field: () => "Unbekanntes Dateifeld",
  doc_field_too_long: () => "Zu lang",
  doc_too_many_fields: () => "Zu viele Felder",
  doc_too_many_parts: () => "Zu viele Teile",
  doc_multipart_broken: () => "Der multipart/form-data-Inhalt ist beschädigt",
  doc_transfer_aborted: () => "Die Übertragung wurde abgebrochen",
  doc_document: () => "Dokument",
  doc_type_refused: () =>
    `Dateityp nicht erlaubt. Erlaubt sind PDF, JPEG, PNG, WebP, HEIC, Word (DOCX) und OpenDocument-Text (ODT); die Art wird am Inhalt erkannt, nicht am Namen.`,
  doc_image_no_size: () => "Das Bild hat keine gültige Größe",
  doc_image_too_many_pixels: ({ width, height, count }: { width: number; height: number; count: number }) =>
    `Das Bild ist zu groß (${width} × ${height} Pixel, erlaubt sind ${count} Megapixel)`,
  doc_image_broken: () => "Das Bild ist beschädigt oder unvollständig",
  doc_png_incomplete: () => "Das PNG-Bild ist beschädigt oder unvollständig",
  doc_png_broken: () => "Das PNG-Bild ist beschädigt",
  doc_webp_incomplete: () => "Das WebP-Bild ist beschädigt oder unvollständig",
  doc_webp_broken: () => "Das WebP-Bild ist beschädigt",
  doc_jpeg_broken: () => "Das JPEG-Bild ist beschädigt",
  doc_jpeg_no_size: () => "Das JPEG-Bild hat keine Bildgröße",
  doc_jpeg_incomplete: () => "Das JPEG-Bild ist beschädigt oder unvollständig",
  doc_pdf_active: ({ name }: { name: string }) =>
    `PDF-Dateien mit aktiven Inhalten (/${name}) werden nicht angenommen. Bitte das Dokument ohne Skripte speichern oder ausdrucken und neu scannen`,
  doc_zip_too_many_entries: () => "Das Dokument enthält zu viele Teile",
  doc_macros_refused: () =>
    "Dokumente mit Makros werden nicht angenommen. Bitte als DOCX oder ODT ohne Makros speichern",
  doc_macros_refused_docx: () =>
    "Dokumente mit Makros werden nicht angenommen. Bitte als DOCX ohne Makros speichern",
  doc_document_broken: () => "Das Dokument ist beschädigt",
  doc_unpacked_too_large: () =>
    "Das Dokument entpackt zu einer ungewöhnlich großen Datenmenge und wird nicht angenommen",
  doc_not_word_document: () =>
    `Dieses Office-Dokument ist kein Word-Dokument (DOCX). Erlaubt sind PDF, JPEG, PNG, WebP, HEIC, Word (DOCX) und OpenDocument-Text (ODT); die Art wird am Inhalt erkannt, nicht am Namen.`,
  doc_zip_not_document: () =>
    `Ein ZIP-Archiv ist kein Dokument. Erlaubt sind PDF, JPEG, PNG, WebP, HEIC, Word (DOCX) und OpenDocument-Text (ODT); die Art wird am Inhalt erkannt, nicht am Namen.`,
  // Transfers between centres
  transfer_unknown_centre: () => "Unbekanntes Welcome Center",
  transfer_same_centre: () => "Die Person ist bereits in diesem Welcome Center",
  doc_no_sharing_consent: () =>
    "Die Person hat nicht in die Weitergabe an Arbeitgeber eingewilligt (oder sie widerrufen): ohne diese Einwilligung wird kein Dokument geteilt",
  doc_placement_not_accepted: () =>
    "Teilen geht erst nach der Zusage des Betriebs und nicht nach Absage oder Abbruch",
  doc_contact_not_released: () =>
    "Teilen geht erst, wenn die Kontaktdaten für diese Vermittlung freigegeben sind",
  doc_share: () => "Freigabe",
  doc_preview: () => "Vorschau",
  // Mail
  mail_link_invalid: () => "Der Abmeldelink ist ungültig oder unvollständig",
} as const;

addIssueTable(serverGerman);
