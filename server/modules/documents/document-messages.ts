import { MAX_DOCUMENT_BYTES } from "../../../shared/schemas/document.ts";

const ACCEPTED =
  "Erlaubt sind PDF, JPEG, PNG, WebP, HEIC, Word (DOCX) und OpenDocument-Text (ODT); die Art wird am Inhalt erkannt, nicht am Namen";
const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** Every German message of the documents module in one place (plain literals until they move to `say(code)`). */
export const documentMessages = {
  notMultipart: "Dokumente werden als multipart/form-data hochgeladen (Felder file, type, validUntil, note)",
  fileTooLarge: `Die Datei ist größer als ${megabytes(MAX_DOCUMENT_BYTES)} MB`,
  quotaExceeded: (quotaBytes: number) =>
    `Der Speicherplatz des Zentrums für Dokumente (${megabytes(quotaBytes)} MB) ist ausgeschöpft`,
  fileEmpty: "Die Datei ist leer",
  fileMissing: "Bitte eine Datei wählen",
  noBoundary: "Der multipart/form-data-Inhalt ist unvollständig (boundary fehlt)",
  oneFileOnly: "Nur eine Datei je Anfrage",
  unknownFileField: "Unbekanntes Dateifeld",
  fieldTooLong: "Zu lang",
  tooManyFields: "Zu viele Felder",
  tooManyParts: "Zu viele Teile",
  multipartBroken: "Der multipart/form-data-Inhalt ist beschädigt",
  transferAborted: "Die Übertragung wurde abgebrochen",
  document: "Dokument",
  typeRefused: `Dateityp nicht erlaubt. ${ACCEPTED}.`,
  imageNoSize: "Das Bild hat keine gültige Größe",
  imageTooManyPixels: (width: number, height: number, maxPixels: number) =>
    `Das Bild ist zu groß (${width} × ${height} Pixel, erlaubt sind ${maxPixels / 1_000_000} Megapixel)`,
  imageBroken: "Das Bild ist beschädigt oder unvollständig",
  pngIncomplete: "Das PNG-Bild ist beschädigt oder unvollständig",
  pngBroken: "Das PNG-Bild ist beschädigt",
  webpIncomplete: "Das WebP-Bild ist beschädigt oder unvollständig",
  webpBroken: "Das WebP-Bild ist beschädigt",
  jpegBroken: "Das JPEG-Bild ist beschädigt",
  jpegNoSize: "Das JPEG-Bild hat keine Bildgröße",
  jpegIncomplete: "Das JPEG-Bild ist beschädigt oder unvollständig",
  pdfActive: (name: string) =>
    `PDF-Dateien mit aktiven Inhalten (/${name}) werden nicht angenommen. Bitte das Dokument ohne Skripte speichern oder ausdrucken und neu scannen`,
  zipTooManyEntries: "Das Dokument enthält zu viele Teile",
  macrosRefused:
    "Dokumente mit Makros werden nicht angenommen. Bitte als DOCX oder ODT ohne Makros speichern",
  macrosRefusedDocx: "Dokumente mit Makros werden nicht angenommen. Bitte als DOCX ohne Makros speichern",
  documentBroken: "Das Dokument ist beschädigt",
  unpackedTooLarge: "Das Dokument entpackt zu einer ungewöhnlich großen Datenmenge und wird nicht angenommen",
  notWordDocument: `Dieses Office-Dokument ist kein Word-Dokument (DOCX). ${ACCEPTED}.`,
  zipNotDocument: `Ein ZIP-Archiv ist kein Dokument. ${ACCEPTED}.`,
} as const;
