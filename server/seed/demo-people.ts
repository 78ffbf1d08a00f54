import type { ResidencePermitType } from "#shared/reference/residence.ts";

type Origin = {
  country: string;
  weight: number;
  languages: readonly string[];
  family: readonly string[];
  given: readonly string[];
  permits: readonly (readonly [ResidencePermitType, number])[];
};

/** Invented names typical of each country of origin; no real persons. */
export const origins: readonly Origin[] = [
  {
    country: "SY",
    weight: 16,
    languages: ["ar", "ku"],
    family: ["Haddad", "Al-Hassan", "Khalil", "Darwish", "Nasser", "Sabbagh", "Hamdan", "Mansour"],
    given: ["Rami", "Lina", "Omar", "Yara", "Ahmad", "Rana", "Khaled", "Nour", "Samer", "Hala"],
    permits: [
      ["asylum_procedure", 2],
      ["s16a_vocational_training", 3],
      ["s18a_skilled_vocational", 2],
      ["duldung", 1],
      ["other", 2],
    ],
  },
  {
    country: "TR",
    weight: 14,
    languages: ["tr"],
    family: ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan"],
    given: ["Emre", "Elif", "Mehmet", "Zeynep", "Burak", "Ayşe", "Can", "Büşra", "Oğuz", "Derya"],
    permits: [
      ["s18a_skilled_vocational", 4],
      ["s16d_recognition", 2],
      ["s16a_vocational_training", 3],
      ["s20a_opportunity_card", 1],
    ],
  },
  {
    country: "UA",
    weight: 14,
    languages: ["uk", "ru"],
    family: ["Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Moroz"],
    given: ["Olena", "Andrii", "Iryna", "Oleksandr", "Nataliia", "Dmytro", "Yuliia", "Serhii", "Oksana"],
    permits: [
      ["other", 6],
      ["s16d_recognition", 2],
      ["s18a_skilled_vocational", 1],
    ],
  },
  {
    country: "IN",
    weight: 12,
    languages: ["hi", "en", "ta", "te"],
    family: ["Sharma", "Patel", "Reddy", "Nair", "Iyer", "Singh", "Menon", "Kulkarni"],
    given: ["Priya", "Arjun", "Ananya", "Rahul", "Divya", "Karthik", "Sneha", "Vikram", "Meera"],
    permits: [
      ["s18b_skilled_academic", 3],
      ["s18g_blue_card", 4],
      ["s16b_studies", 3],
      ["s20a_opportunity_card", 1],
    ],
  },
  {
    country: "VN",
    weight: 9,
    languages: ["vi"],
    family: ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng"],
    given: ["Thị Lan", "Văn Minh", "Thu Hà", "Quốc Anh", "Ngọc Mai", "Đức Huy", "Thanh Hương"],
    permits: [
      ["s16a_vocational_training", 6],
      ["s16d_recognition", 2],
      ["s18a_skilled_vocational", 1],
    ],
  },
  {
    country: "BR",
    weight: 7,
    languages: ["pt"],
    family: ["Silva", "Santos", "Oliveira", "Souza", "Gonçalves", "Pereira", "Costa"],
    given: ["Ana", "João", "Mariana", "Lucas", "Beatriz", "Rafael", "Larissa", "Gabriel"],
    permits: [
      ["s16d_recognition", 3],
      ["s18a_skilled_vocational", 2],
      ["s20a_opportunity_card", 2],
    ],
  },
  {
    country: "MA",
    weight: 7,
    languages: ["ar", "fr"],
    family: ["El Amrani", "Benali", "Bennani", "Alaoui", "Tazi", "Idrissi", "Chraibi"],
    given: ["Youssef", "Fatima", "Amine", "Salma", "Hamza", "Imane", "Mehdi", "Khadija"],
    permits: [
      ["s16a_vocational_training", 4],
      ["s16d_recognition", 2],
      ["s18a_skilled_vocational", 1],
    ],
  },
  {
    country: "PH",
    weight: 7,
    languages: ["tl", "en"],
    family: ["Reyes", "Cruz", "Bautista", "Dela Cruz", "Mendoza", "Villanueva", "Garcia"],
    given: ["Maria", "Jose", "Angelica", "Mark", "Kristine", "Paolo", "Jasmine", "Rhea"],
    permits: [
      ["s16d_recognition", 5],
      ["s18a_skilled_vocational", 3],
    ],
  },
  {
    country: "CO",
    weight: 6,
    languages: ["es"],
    family: ["García", "Rodríguez", "Martínez", "López", "Hernández", "Ramírez", "Muñoz"],
    given: ["Camila", "Andrés", "Valentina", "Santiago", "Daniela", "Felipe", "Juliana"],
    permits: [
      ["s16a_vocational_training", 3],
      ["s16d_recognition", 2],
      ["s20a_opportunity_card", 2],
    ],
  },
  {
    country: "AF",
    weight: 4,
    languages: ["fa", "ps"],
    family: ["Ahmadi", "Rahimi", "Hashimi", "Noori", "Karimi"],
    given: ["Farid", "Mariam", "Ali", "Zahra", "Hamid", "Sahar"],
    permits: [
      ["asylum_procedure", 3],
      ["duldung", 2],
      ["s16a_vocational_training", 2],
    ],
  },
  {
    country: "TN",
    weight: 3,
    languages: ["ar", "fr"],
    family: ["Trabelsi", "Gharbi", "Jaziri", "Mejri"],
    given: ["Aymen", "Sarra", "Wassim", "Ines"],
    permits: [
      ["s16a_vocational_training", 3],
      ["s18a_skilled_vocational", 1],
    ],
  },
  {
    country: "PL",
    weight: 3,
    languages: ["pl"],
    family: ["Nowak", "Wiśniewska", "Kowalczyk", "Wójcik"],
    given: ["Katarzyna", "Piotr", "Agnieszka", "Tomasz"],
    permits: [["eu_free_movement", 1]],
  },
];

/**
 * Given names of the lists above that are women's names; every other one is a man's name. The seed
 * gives a person the gender of their given name (or, rarely, "diverse"), so names and gender agree.
 */
export const femaleGivenNames: ReadonlySet<string> = new Set([
  ...["Lina", "Yara", "Rana", "Nour", "Hala"],
  ...["Elif", "Zeynep", "Ayşe", "Büşra", "Derya"],
  ...["Olena", "Iryna", "Nataliia", "Yuliia", "Oksana"],
  ...["Priya", "Ananya", "Divya", "Sneha", "Meera"],
  ...["Thị Lan", "Thu Hà", "Ngọc Mai", "Thanh Hương"],
  ...["Ana", "Mariana", "Beatriz", "Larissa"],
  ...["Fatima", "Salma", "Imane", "Khadija"],
  ...["Maria", "Angelica", "Kristine", "Jasmine", "Rhea"],
  ...["Camila", "Valentina", "Daniela", "Juliana"],
  ...["Mariam", "Zahra", "Sahar"],
  ...["Sarra", "Ines"],
  ...["Katarzyna", "Agnieszka"],
  ...["Jana", "Katharina"],
]);

/** A Polish family name in the form for the gender ("Wiśniewska" for women, "Wiśniewski" for men). */
export const familyNameFor = (familyName: string, gender: "female" | "male" | "diverse"): string =>
  gender === "male" && familyName.endsWith("ska") ? `${familyName.slice(0, -1)}i` : familyName;

/** Target occupations with the region's weighting: craft and care first. */
export const targetOccupations: readonly (readonly [string, number])[] = [
  ["26212", 8],
  ["34212", 7],
  ["22342", 5],
  ["25212", 6],
  ["29212", 3],
  ["81302", 10],
  ["82102", 6],
  ["43412", 5],
  ["43413", 2],
  ["51312", 4],
  ["52122", 3],
  ["29302", 3],
  ["32122", 2],
  ["24412", 2],
  ["71402", 2],
  ["81102", 2],
  ["83112", 2],
];

export const activityTexts: Record<string, readonly string[]> = {
  consultation: [
    "Erstberatung: Berufserfahrung, Zeugnisse und Ziele besprochen.",
    "Beratung zu Ausbildungsmöglichkeiten im Handwerk, Interesse an Praktikum.",
    "Folgeberatung: Bewerbungsunterlagen überarbeitet, Lebenslauf auf Deutsch.",
    "Gespräch zur Anerkennung: Unterlagen für die Gleichwertigkeitsprüfung zusammengestellt.",
    "Beratung zu Sprachkursen (B1 berufsbezogen) und Fördermöglichkeiten.",
  ],
  phone: [
    "Telefonat: Termin bei der Ausländerbehörde vereinbart.",
    "Rückruf: Unterlagen sind vollständig, Antrag kann gestellt werden.",
    "Telefonat mit Betrieb wegen Probearbeit.",
    "Kurz telefoniert, neuer Termin in zwei Wochen.",
  ],
  email: [
    "E-Mail mit Checkliste für den Antrag verschickt.",
    "Übersetzte Zeugnisse per E-Mail erhalten.",
    "Einladung zum Betriebssprachtag weitergeleitet.",
  ],
  referral: [
    "Weiterleitung an die IHK FOSA zur Anerkennung.",
    "Verweis an die Handwerkskammer (Anerkennungsberatung).",
    "Weiterleitung an den Migrationsberatungsdienst wegen Wohnungssuche.",
    "Vermittlung an Sprachkursträger (Integrationskurs).",
  ],
  document_check: [
    "Dokumentenprüfung: Pass, Aufenthaltstitel und Zeugnisse gesichtet.",
    "Arbeitsvertrag geprüft, Angaben für § 18a vollständig.",
    "Übersetzungen der Abschlusszeugnisse geprüft.",
  ],
  note: [
    "Hat Praktikumsplatz in Aussicht, meldet sich nach dem Gespräch.",
    "Familie reist im Frühjahr nach, Kita-Platz wird gesucht.",
    "Sprachniveau im Gespräch eher A2 als das Zertifikat B1.",
  ],
};

export const taskTitles: readonly string[] = [
  "Zeugnisübersetzungen anfordern",
  "Termin Ausländerbehörde vorbereiten",
  "Rückmeldung vom Betrieb einholen",
  "Antrag auf Anerkennung nachfassen",
  "Bewerbungsunterlagen prüfen",
  "Sprachkursanmeldung bestätigen",
  "Praktikumsvertrag besprechen",
];
