import { z } from "zod";
import { say } from "../api/issue-messages.ts";

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

/** The main groups in English, for the English interface. */
export const kldbMainGroupsEn: Record<KldbMainGroup, string> = {
  "01": "Members of the regular armed forces",
  "11": "Occupations in agriculture, animal husbandry and forestry",
  "12": "Occupations in horticulture and floristry",
  "21": "Raw-material extraction and processing, glass and ceramics making and processing",
  "22": "Plastics making and processing, wood working and processing",
  "23": "Occupations in paper and printing, technical media design",
  "24": "Metal production and working, metal construction",
  "25": "Occupations in machine-building and vehicle technology",
  "26": "Occupations in mechatronics, energy and electrical engineering",
  "27": "Occupations in technical research, development, design and production control",
  "28": "Occupations in textiles and leather",
  "29": "Food production and processing",
  "31": "Occupations in building planning, architecture and surveying",
  "32": "Occupations in building construction and civil engineering",
  "33": "Occupations in interior construction",
  "34": "Occupations in building services engineering",
  "41": "Occupations in mathematics, biology, chemistry and physics",
  "42": "Occupations in geology, geography and environmental protection",
  "43": "Occupations in computer science, information and communication technology",
  "51": "Occupations in traffic and logistics (except vehicle drivers)",
  "52": "Drivers and operators of vehicles and transport equipment",
  "53": "Occupations in safety, security and surveillance",
  "54": "Occupations in cleaning services",
  "61": "Occupations in purchasing, sales and trading",
  "62": "Sales occupations in retail trade",
  "63": "Occupations in tourism, hotels and restaurants",
  "71": "Occupations in business management and organisation",
  "72": "Occupations in financial services, accounting and tax consultancy",
  "73": "Occupations in law and public administration",
  "81": "Medical and health care occupations",
  "82": "Non-medical health care, body care, wellness and medical technicians",
  "83": "Occupations in education, social work, housekeeping and theology",
  "84": "Occupations in teaching and training",
  "91": "Occupations in philology, literature, humanities, social sciences and economics",
  "92": "Occupations in advertising, marketing, commerce and editorial media",
  "93": "Product design, artisan craftwork, fine arts and musical instrument making",
  "94": "Occupations in the performing arts and entertainment",
};

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

/** Occupational areas in English. */
export const kldbAreasEn: Record<string, string> = {
  "0": "Military",
  "1": "Agriculture, forestry, animal husbandry and horticulture",
  "2": "Raw-material extraction, production and manufacturing",
  "3": "Construction, architecture, surveying and building services",
  "4": "Natural sciences, geography and computer science",
  "5": "Traffic, logistics, safety and security",
  "6": "Commercial services, trading, sales, hotels and tourism",
  "7": "Business organisation, accounting, law and administration",
  "8": "Health care, social work, teaching and education",
  "9": "Philology, literature, humanities, social sciences, economics, media, art, culture and design",
};

/** The finer codes in English. */
export const kldbOccupationsEn: Record<string, string> = {
  "22342": "Carpenter / joiner (wood, furniture and interior fittings)",
  "24412": "Metalworker (metal construction)",
  "25102": "Industrial mechanic (machine building and plant engineering)",
  "25212": "Automotive mechatronics technician",
  "26112": "Mechatronics technician",
  "26212": "Electronics technician (energy and building technology)",
  "29212": "Baker",
  "29302": "Cook",
  "32122": "Bricklayer",
  "34212": "Plant mechanic for plumbing, heating and air conditioning",
  "43104": "Computer scientist (expert)",
  "43412": "IT specialist in application development",
  "43413": "Software developer (specialist)",
  "51312": "Warehouse logistics specialist",
  "52122": "Professional driver",
  "54101": "Cleaner (helper)",
  "62102": "Sales assistant",
  "71402": "Office management clerk",
  "81102": "Medical assistant",
  "81302": "Nurse",
  "82102": "Geriatric nurse",
  "83112": "Educator (nursery and early childhood)",
};

export const skillLevels = { "1": "Helfer", "2": "Fachkraft", "3": "Spezialist", "4": "Experte" } as const;

export const KldbCodeSchema = z
  .string()
  .regex(/^\d{2}(\d{3})?$/, { error: say("kldb_format") })
  .refine((code) => code.slice(0, 2) in kldbMainGroups, { error: say("unknown_kldb_group") })
  .refine((code) => code.length === 2 || "1234".includes(code[4] ?? ""), {
    error: say("kldb_level"),
  });

export const kldbMainGroupOf = (code: string): KldbMainGroup => code.slice(0, 2) as KldbMainGroup;

export function kldbTitle(code: string, language: "de" | "en" = "de"): string {
  const occupations = language === "de" ? kldbOccupations : kldbOccupationsEn;
  const groups: Record<string, string> = language === "de" ? kldbMainGroups : kldbMainGroupsEn;
  return occupations[code] ?? groups[kldbMainGroupOf(code)] ?? code;
}

export const kldbAreaName = (area: string, language: "de" | "en" = "de"): string =>
  (language === "de" ? kldbAreas : kldbAreasEn)[area] ?? area;

export type OccupationOption = { code: string; label: string };

/** The main groups, then the finer codes, each labelled "code · title" in the interface language. */
export function occupationOptions(language: "de" | "en"): {
  groups: OccupationOption[];
  occupations: OccupationOption[];
} {
  const option = (code: string) => ({ code, label: `${code} · ${kldbTitle(code, language)}` });
  return {
    groups: kldbMainGroupCodes.map(option),
    occupations: Object.keys(kldbOccupations).sort().map(option),
  };
}
