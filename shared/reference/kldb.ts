import { z } from "zod";

/** KldB 2010 occupational main groups (Berufshauptgruppen), Bundesagentur für Arbeit. */
export const kldbMainGroups = {
  "01": "Angehörige der regulären Streitkräfte",
  "11": "Land-, Tier- und Forstwirtschaftsberufe",
  "12": "Gartenbauberufe und Floristik",
  "21": "Rohstoffgewinnung und -aufbereitung, Glas- und Keramikherstellung und -verarbeitung",
  "22": "Kunststoffherstellung und -verarbeitung, Holzbe- und -verarbeitung",
  "23": "Papier- und Druckberufe, technische Mediengestaltung",
  "24": "Metallerzeugung und -bearbeitung, Metallbauberufe",
  "25": "Maschinen- und Fahrzeugtechnikberufe",
  "26": "Mechatronik-, Energie- und Elektroberufe",
  "27": "Technische Forschungs-, Entwicklungs-, Konstruktions- und Produktionssteuerungsberufe",
  "28": "Textil- und Lederberufe",
  "29": "Lebensmittelherstellung und -verarbeitung",
  "31": "Bauplanungs-, Architektur- und Vermessungsberufe",
  "32": "Hoch- und Tiefbauberufe",
  "33": "(Innen-)Ausbauberufe",
  "34": "Gebäude- und versorgungstechnische Berufe",
  "41": "Mathematik-, Biologie-, Chemie- und Physikberufe",
  "42": "Geologie-, Geografie- und Umweltschutzberufe",
  "43": "Informatik-, Informations- und Kommunikationstechnologieberufe",
  "51": "Verkehrs- und Logistikberufe (außer Fahrzeugführung)",
  "52": "Führer/innen von Fahrzeug- und Transportgeräten",
  "53": "Schutz-, Sicherheits- und Überwachungsberufe",
  "54": "Reinigungsberufe",
  "61": "Einkaufs-, Vertriebs- und Handelsberufe",
  "62": "Verkaufsberufe",
  "63": "Tourismus-, Hotel- und Gaststättenberufe",
  "71": "Berufe in Unternehmensführung und -organisation",
  "72": "Finanzdienstleistungs-, Rechnungswesen- und Steuerberatungsberufe",
  "73": "Berufe in Recht und Verwaltung",
  "81": "Medizinische Gesundheitsberufe",
  "82": "Nichtmedizinische Gesundheits-, Körperpflege- und Wellnessberufe, Medizintechnik",
  "83": "Erziehung, soziale und hauswirtschaftliche Berufe, Theologie",
  "84": "Lehrende und ausbildende Berufe",
  "91": "Sprach-, literatur-, geistes-, gesellschafts- und wirtschaftswissenschaftliche Berufe",
  "92": "Werbung, Marketing, kaufmännische und redaktionelle Medienberufe",
  "93": "Produktdesign und kunsthandwerkliche Berufe, bildende Kunst, Musikinstrumentenbau",
  "94": "Darstellende und unterhaltende Berufe",
} as const;

export type KldbMainGroup = keyof typeof kldbMainGroups;
export const kldbMainGroupCodes = Object.keys(kldbMainGroups) as KldbMainGroup[];

/** Occupational area (Berufsbereich, first digit). */
export const kldbAreas: Record<string, string> = {
  "0": "Militär",
  "1": "Land-, Forst- und Tierwirtschaft und Gartenbau",
  "2": "Rohstoffgewinnung, Produktion und Fertigung",
  "3": "Bau, Architektur, Vermessung und Gebäudetechnik",
  "4": "Naturwissenschaft, Geografie und Informatik",
  "5": "Verkehr, Logistik, Schutz und Sicherheit",
  "6": "Kaufmännische Dienstleistungen, Warenhandel, Vertrieb, Hotel und Tourismus",
  "7": "Unternehmensorganisation, Buchhaltung, Recht und Verwaltung",
  "8": "Gesundheit, Soziales, Lehre und Erziehung",
  "9": "Sprach-, Literatur-, Geistes-, Gesellschafts- und Wirtschaftswissenschaften, Medien, Kunst, Kultur und Gestaltung",
};

/** Finer 5-digit codes common in the region's craft, care, logistics and IT demand. */
export const kldbOccupations: Record<string, string> = {
  "22342": "Tischler/in (Holz-, Möbel- und Innenausbau)",
  "24412": "Metallbauer/in",
  "25102": "Industriemechaniker/in (Maschinenbau- und Betriebstechnik)",
  "25212": "Kfz-Mechatroniker/in",
  "26112": "Mechatroniker/in",
  "26212": "Elektroniker/in (Energie- und Gebäudetechnik)",
  "29212": "Bäcker/in",
  "29302": "Koch/Köchin",
  "32122": "Maurer/in",
  "34212": "Anlagenmechaniker/in SHK",
  "43104": "Informatiker/in (Expertin/Experte)",
  "43412": "Fachinformatiker/in Anwendungsentwicklung",
  "43413": "Softwareentwickler/in (Spezialist/in)",
  "51312": "Fachkraft für Lagerlogistik",
  "52122": "Berufskraftfahrer/in",
  "54101": "Reinigungskraft (Helfer/in)",
  "62102": "Verkäufer/in",
  "71402": "Kaufmann/-frau für Büromanagement",
  "81102": "Medizinische/r Fachangestellte/r",
  "81302": "Pflegefachfrau/-mann",
  "82102": "Altenpfleger/in",
  "83112": "Erzieher/in",
};

export const skillLevels = { "1": "Helfer", "2": "Fachkraft", "3": "Spezialist", "4": "Experte" } as const;

export const KldbCodeSchema = z
  .string()
  .regex(/^\d{2}(\d{3})?$/, { error: "KldB-Code mit 2 oder 5 Ziffern" })
  .refine((code) => code.slice(0, 2) in kldbMainGroups, { error: "Unbekannte KldB-Berufshauptgruppe" })
  .refine((code) => code.length === 2 || "1234".includes(code[4] ?? ""), {
    error: "Die 5. Ziffer (Anforderungsniveau) muss 1–4 sein",
  });

export const kldbMainGroupOf = (code: string): KldbMainGroup => code.slice(0, 2) as KldbMainGroup;

export function kldbTitle(code: string): string {
  return kldbOccupations[code] ?? kldbMainGroups[kldbMainGroupOf(code)] ?? code;
}
