/**
 * Gazetteers shared by every profile: countries, international bodies, outlets, independent
 * organisations, and the head nouns that say what kind of source a phrase names.
 */
import type { SourceKind } from "../types.ts";

/** "Country|Demonym|Capital|other names" — one country a line; used for nationality of sources. */
const COUNTRY_ROWS = [
  "Afghanistan|Afghan|Kabul", "Albania|Albanian|Tirana", "Algeria|Algerian|Algiers", "Armenia|Armenian|Yerevan",
  "Australia|Australian|Canberra", "Austria|Austrian|Vienna", "Azerbaijan|Azerbaijani|Baku",
  "Bangladesh|Bangladeshi|Dhaka", "Belarus|Belarusian|Minsk|Belarussian", "Belgium|Belgian|Brussels",
  "Bosnia|Bosnian|Sarajevo", "Brazil|Brazilian|Brasilia", "Bulgaria|Bulgarian|Sofia", "Myanmar|Burmese|Naypyitaw",
  "Canada|Canadian|Ottawa", "Chad|Chadian|N'Djamena", "China|Chinese|Beijing", "Colombia|Colombian|Bogota",
  "Croatia|Croatian|Zagreb", "Cyprus|Cypriot|Nicosia", "Czech Republic|Czech|Prague", "Denmark|Danish|Copenhagen",
  "Egypt|Egyptian|Cairo", "Eritrea|Eritrean|Asmara", "Estonia|Estonian|Tallinn", "Ethiopia|Ethiopian|Addis Ababa",
  "Finland|Finnish|Helsinki", "France|French|Paris", "Georgia|Georgian|Tbilisi", "Germany|German|Berlin",
  "Greece|Greek|Athens", "Hungary|Hungarian|Budapest", "India|Indian|New Delhi", "Indonesia|Indonesian|Jakarta",
  "Iran|Iranian|Tehran", "Iraq|Iraqi|Baghdad", "Ireland|Irish|Dublin", "Israel|Israeli|Jerusalem",
  "Italy|Italian|Rome", "Japan|Japanese|Tokyo", "Jordan|Jordanian|Amman", "Kazakhstan|Kazakh|Astana",
  "Kenya|Kenyan|Nairobi", "Kosovo|Kosovar|Pristina", "Kuwait|Kuwaiti", "Latvia|Latvian|Riga",
  "Lebanon|Lebanese|Beirut", "Libya|Libyan|Tripoli", "Lithuania|Lithuanian|Vilnius", "Mali|Malian|Bamako",
  "Malaysia|Malaysian|Kuala Lumpur", "Mexico|Mexican", "Moldova|Moldovan|Chisinau", "Morocco|Moroccan|Rabat",
  "Netherlands|Dutch|Amsterdam|The Hague", "New Zealand|New Zealander|Wellington", "Nigeria|Nigerian|Abuja",
  "North Korea|North Korean|Pyongyang", "Norway|Norwegian|Oslo", "Pakistan|Pakistani|Islamabad",
  "Palestine|Palestinian|Ramallah", "Philippines|Philippine|Manila|Filipino", "Poland|Polish|Warsaw",
  "Portugal|Portuguese|Lisbon", "Qatar|Qatari|Doha", "Romania|Romanian|Bucharest", "Russia|Russian|Moscow",
  "Rwanda|Rwandan|Kigali", "Saudi Arabia|Saudi|Riyadh", "Serbia|Serbian|Belgrade", "Slovakia|Slovak|Bratislava",
  "Slovenia|Slovenian|Ljubljana", "Somalia|Somali|Mogadishu", "South Africa|South African|Pretoria",
  "South Korea|South Korean|Seoul", "South Sudan|South Sudanese|Juba", "Spain|Spanish|Madrid",
  "Sri Lanka|Sri Lankan|Colombo", "Sudan|Sudanese|Khartoum", "Sweden|Swedish|Stockholm|Swede",
  "Switzerland|Swiss|Bern|Geneva", "Syria|Syrian|Damascus", "Taiwan|Taiwanese|Taipei", "Thailand|Thai|Bangkok",
  "Turkey|Turkish|Ankara|Turkiye|Türkiye", "Ukraine|Ukrainian|Kyiv|Kiev", "United Arab Emirates|Emirati|Abu Dhabi|UAE",
  "United Kingdom|British|London|Britain|UK|U.K.", "United States|American|Washington|US|U.S.|USA|Pentagon|White House",
  "Venezuela|Venezuelan|Caracas", "Vietnam|Vietnamese|Hanoi", "Yemen|Yemeni|Sanaa", "Azerbaijan|Azeri",
  "Congo|Congolese|Kinshasa", "Burkina Faso|Burkinabe|Ouagadougou", "Niger|Nigerien|Niamey", "Cuba|Cuban|Havana",
];

export interface Country {
  /** Canonical country name. */
  name: string;
  /** Every word form that names it: the name, demonym, capital, other names. */
  forms: string[];
}

/** Countries of the world (those that appear in conflict news), with their word forms. */
export const COUNTRIES: Country[] = COUNTRY_ROWS.map((row) => {
  const forms = row.split("|");
  return { name: forms[0] ?? row, forms };
});

/** Intergovernmental bodies and alliances: `international` in every profile. */
export const INTERNATIONAL_BODIES = [
  "United Nations", "UN", "U.N.", "NATO", "European Union", "EU", "European Commission", "European Council",
  "Security Council", "General Assembly", "OSCE", "IAEA", "WHO", "World Health Organization", "UNICEF", "UNHCR",
  "OCHA", "UNRWA", "World Food Programme", "WFP", "African Union", "Arab League", "G7", "G20", "World Bank", "IMF",
  "International Criminal Court", "ICC", "International Court of Justice", "ICJ", "International Committee of the Red Cross",
  "ICRC", "Red Cross", "Coalition of the Willing", "European leaders", "Western officials", "Western leaders",
  "Western countries", "Western allies", "the West", "allies", "mediators",
];

/** News organisations: `media` kind, `independent` unless a profile names them as a side's state media. */
export const MEDIA_OUTLETS = [
  "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "BBC", "CNN", "CBS", "CBS News", "NBC",
  "NBC News", "ABC News", "Al Jazeera", "Al-Arabiya", "Al Arabiya", "Guardian", "New York Times", "Washington Post",
  "Bloomberg", "France24", "France 24", "Deutsche Welle", "DW", "Sky News", "Kyiv Independent", "Meduza",
  "Novaya Gazeta", "The Hill", "Fox News", "Haaretz", "Times of Israel", "Jerusalem Post", "Anadolu", "Xinhua",
  "Yonhap", "Kyodo", "dpa", "EFE", "ANSA", "Politico", "Axios", "Wall Street Journal", "Financial Times",
  "Economist", "Le Monde", "Der Spiegel", "NPR", "PBS", "Belta", "Kyiv Post", "Ukrainska Pravda", "Channel 12",
  "Kan", "Ynet", "Al-Manar", "Sunday Observer", "Daily Telegraph", "Telegraph", "Times", "Independent", "CBC",
];

/** Think tanks, monitors, NGOs and analysts: `independent`. */
export const INDEPENDENT_BODIES = [
  "Institute for the Study of War", "ISW", "Syrian Observatory for Human Rights", "SOHR", "Human Rights Watch",
  "Amnesty International", "Amnesty", "Airwars", "ACLED", "Oryx", "Bellingcat", "Chatham House", "RUSI",
  "Center for Strategic and International Studies", "CSIS", "IISS", "Washington Institute", "Crisis Group",
  "International Crisis Group", "Doctors Without Borders", "MSF", "Medecins Sans Frontieres", "Save the Children",
  "Norwegian Refugee Council", "Deep South Watch", "Conflict Intelligence Team", "Carnegie", "Rand", "Brookings",
  "B'Tselem", "Oxfam",
];

/** What a head noun says about a source: its kind, and whether it is a state organ (takes its country's side). */
export interface HeadInfo {
  kind: SourceKind;
  /** A party's own organ (ministry, army, officials): takes the side of its nationality, or `belligerent`. */
  isState?: boolean;
  /** Independent by nature (witnesses, analysts, NGOs). */
  isIndependent?: boolean;
  /** Plural or collective: "they" can refer to it. */
  isGroup?: boolean;
  /** A person's role: "he"/"she" can refer to it. */
  isRole?: boolean;
}

/** Head nouns of source phrases (lower case, singular and plural where both occur). */
export const SOURCE_HEADS: Record<string, HeadInfo> = {
  ministry: { kind: "government", isState: true },
  government: { kind: "government", isState: true },
  kremlin: { kind: "government", isState: true },
  cabinet: { kind: "government", isState: true },
  presidency: { kind: "government", isState: true },
  office: { kind: "government", isState: true },
  service: { kind: "government", isState: true },
  council: { kind: "government", isState: true },
  administration: { kind: "official", isState: true },
  authorities: { kind: "official", isState: true, isGroup: true },
  officials: { kind: "official", isState: true, isGroup: true },
  official: { kind: "official", isState: true, isRole: true },
  spokesperson: { kind: "official", isState: true, isRole: true },
  spokesman: { kind: "official", isState: true, isRole: true },
  spokeswoman: { kind: "official", isState: true, isRole: true },
  governor: { kind: "official", isState: true, isRole: true },
  mayor: { kind: "official", isState: true, isRole: true },
  president: { kind: "official", isState: true, isRole: true },
  minister: { kind: "official", isState: true, isRole: true },
  premier: { kind: "official", isState: true, isRole: true },
  ambassador: { kind: "official", isState: true, isRole: true },
  envoy: { kind: "official", isState: true, isRole: true },
  adviser: { kind: "official", isState: true, isRole: true },
  advisor: { kind: "official", isState: true, isRole: true },
  aide: { kind: "official", isState: true, isRole: true },
  representative: { kind: "official", isState: true, isRole: true },
  head: { kind: "official", isState: true, isRole: true },
  chief: { kind: "official", isState: true, isRole: true },
  leader: { kind: "official", isState: true, isRole: true },
  secretary: { kind: "official", isState: true, isRole: true },
  police: { kind: "official", isState: true, isGroup: true },
  military: { kind: "military", isState: true, isGroup: true },
  army: { kind: "military", isState: true, isGroup: true },
  forces: { kind: "military", isState: true, isGroup: true },
  force: { kind: "military", isState: true },
  navy: { kind: "military", isState: true },
  command: { kind: "military", isState: true },
  staff: { kind: "military", isState: true },
  troops: { kind: "military", isState: true, isGroup: true },
  brigade: { kind: "military", isState: true },
  regiment: { kind: "military", isState: true },
  battalion: { kind: "military", isState: true },
  unit: { kind: "military", isState: true },
  guard: { kind: "military", isState: true },
  intelligence: { kind: "military", isState: true },
  commander: { kind: "military", isState: true, isRole: true },
  general: { kind: "military", isState: true, isRole: true },
  officer: { kind: "military", isState: true, isRole: true },
  soldier: { kind: "military", isState: true, isRole: true },
  serviceman: { kind: "military", isState: true, isRole: true },
  servicemen: { kind: "military", isState: true, isGroup: true },
  gov: { kind: "official", isState: true, isRole: true },
  junta: { kind: "government", isState: true },
  regime: { kind: "government", isState: true },
  rebels: { kind: "military", isState: true, isGroup: true },
  militants: { kind: "military", isState: true, isGroup: true },
  insurgents: { kind: "military", isState: true, isGroup: true },
  separatists: { kind: "military", isState: true, isGroup: true },
  fighters: { kind: "military", isState: true, isGroup: true },
  militia: { kind: "military", isState: true, isGroup: true },
  group: { kind: "organization", isGroup: true },
  agency: { kind: "media" },
  television: { kind: "media" },
  tv: { kind: "media" },
  newspaper: { kind: "media" },
  outlet: { kind: "media" },
  outlets: { kind: "media", isGroup: true },
  channels: { kind: "media", isGroup: true },
  channel: { kind: "media" },
  media: { kind: "media", isGroup: true },
  correspondent: { kind: "media", isRole: true },
  blogger: { kind: "media", isRole: true },
  blog: { kind: "media" },
  blogs: { kind: "media", isGroup: true },
  website: { kind: "media" },
  team: { kind: "organization", isGroup: true },
  wing: { kind: "military", isState: true },
  hospital: { kind: "organization", isIndependent: true },
  ngo: { kind: "organization", isIndependent: true },
  charity: { kind: "organization", isIndependent: true },
  bloggers: { kind: "media", isGroup: true },
  milbloggers: { kind: "media", isGroup: true },
  reporter: { kind: "media", isRole: true },
  reporters: { kind: "media", isGroup: true },
  journalist: { kind: "media", isRole: true },
  journalists: { kind: "media", isGroup: true },
  analyst: { kind: "expert", isIndependent: true, isRole: true },
  analysts: { kind: "expert", isIndependent: true, isGroup: true },
  expert: { kind: "expert", isIndependent: true, isRole: true },
  experts: { kind: "expert", isIndependent: true, isGroup: true },
  thinktank: { kind: "expert", isIndependent: true },
  tank: { kind: "expert", isIndependent: true },
  institute: { kind: "expert", isIndependent: true },
  fellow: { kind: "expert", isIndependent: true, isRole: true },
  observatory: { kind: "organization", isIndependent: true },
  monitor: { kind: "organization", isIndependent: true },
  watchdog: { kind: "organization", isIndependent: true },
  organisation: { kind: "organization" },
  organization: { kind: "organization" },
  committee: { kind: "organization" },
  alliance: { kind: "organization", isGroup: true },
  mission: { kind: "organization" },
  witnesses: { kind: "person", isIndependent: true, isGroup: true },
  witness: { kind: "person", isIndependent: true, isRole: true },
  residents: { kind: "person", isIndependent: true, isGroup: true },
  resident: { kind: "person", isIndependent: true, isRole: true },
  worker: { kind: "person", isIndependent: true, isRole: true },
  workers: { kind: "person", isIndependent: true, isGroup: true },
  survivors: { kind: "person", isIndependent: true, isGroup: true },
  doctor: { kind: "person", isIndependent: true, isRole: true },
  nurse: { kind: "person", isIndependent: true, isRole: true },
  medic: { kind: "person", isIndependent: true, isRole: true },
  paramedic: { kind: "person", isIndependent: true, isRole: true },
  rescuer: { kind: "person", isIndependent: true, isRole: true },
  rescuers: { kind: "person", isIndependent: true, isGroup: true },
  volunteer: { kind: "person", isIndependent: true, isRole: true },
  volunteers: { kind: "person", isIndependent: true, isGroup: true },
  villager: { kind: "person", isIndependent: true, isRole: true },
  villagers: { kind: "person", isIndependent: true, isGroup: true },
  civilian: { kind: "person", isIndependent: true, isRole: true },
  civilians: { kind: "person", isIndependent: true, isGroup: true },
  eyewitness: { kind: "person", isIndependent: true, isRole: true },
  eyewitnesses: { kind: "person", isIndependent: true, isGroup: true },
  activist: { kind: "person", isIndependent: true, isRole: true },
  activists: { kind: "person", isIndependent: true, isGroup: true },
  monitors: { kind: "organization", isIndependent: true, isGroup: true },
  doctors: { kind: "person", isIndependent: true, isGroup: true },
  medics: { kind: "person", isIndependent: true, isGroup: true },
  sources: { kind: "unknown", isGroup: true },
  source: { kind: "unknown" },
  statement: { kind: "unknown" },
  reports: { kind: "unknown", isGroup: true },
  estimates: { kind: "unknown", isGroup: true },
  figures: { kind: "unknown", isGroup: true },
  tallies: { kind: "unknown", isGroup: true },
  count: { kind: "unknown" },
  lieutenant: { kind: "military", isState: true, isRole: true },
  colonel: { kind: "military", isState: true, isRole: true },
  captain: { kind: "military", isState: true, isRole: true },
  major: { kind: "military", isState: true, isRole: true },
  sergeant: { kind: "military", isState: true, isRole: true },
  admiral: { kind: "military", isState: true, isRole: true },
  capt: { kind: "military", isState: true, isRole: true },
  gen: { kind: "military", isState: true, isRole: true },
  col: { kind: "military", isState: true, isRole: true },
  lt: { kind: "military", isState: true, isRole: true },
};

// Plurals of role nouns: "commanders", "governors", "ministers".
for (const [word, info] of Object.entries(SOURCE_HEADS)) {
  if (info.isRole && !word.endsWith("s") && !SOURCE_HEADS[word + "s"]) SOURCE_HEADS[word + "s"] = { ...info, isRole: false, isGroup: true };
}

/**
 * SOURCE_HEADS as a Map, for the per-token look-ups: looking a token's fresh string up as an object key
 * costs V8 a search of its string table, a Map only a hash. It also holds what the object finds on its
 * prototype for a word like "constructor" or "toString", so `sourceHead(w)` is `SOURCE_HEADS[w]` for every word.
 */
const HEADS = new Map<string, HeadInfo | undefined>(
  [...Object.getOwnPropertyNames(Object.prototype), ...Object.keys(SOURCE_HEADS)].map((w) => [w, SOURCE_HEADS[w]]),
);

/** `SOURCE_HEADS[word]`, from a Map. */
export function sourceHead(word: string): HeadInfo | undefined {
  return HEADS.get(word);
}

/** Descriptions of non-governmental bodies: `independent` ("a rights group", "a humanitarian organisation"). */
export const INDEPENDENT_DESCRIPTORS = /\b(?:(?:human\s+)?rights|humanitarian|aid|relief|medical|monitoring|charity|non-governmental|non-profit|advocacy)\s+(?:group|groups|organi[sz]ations?|body|bodies|network|charity|agency)\b/i;

/** Common nouns for armed groups: `belligerent` without a profile. */
export const ARMED_WORDS = ["resistance", "rebel", "rebels", "insurgent", "insurgents", "militant", "militants", "separatist", "separatists", "guerrilla", "guerrillas", "militia", "militias", "opposition", "jihadists", "jihadist"];

/** Armed groups that are parties to fighting wherever they appear: `belligerent` without a profile. */
export const ARMED_GROUPS = [
  "Taliban", "LTTE", "Tamil Tigers", "Tigers", "Islamic State", "ISIS", "ISIL", "Daesh", "al-Qaeda", "al Qaeda",
  "al-Shabab", "al-Shabaab", "Boko Haram", "PKK", "YPG", "SDF", "HTS", "Hayat Tahrir al-Sham", "Free Syrian Army",
  "FSA", "M23", "RSF", "Rapid Support Forces", "Wagner", "Janjaweed", "FARC", "ELN", "Mujahideen", "Mujahid",
  "Hamas", "Hezbollah", "Houthis", "Islamic Jihad", "Pathet Lao", "Khmer Rouge", "ADF", "Ansar Allah", "Polisario",
];

/** Nouns that, after a country's adjective, show the country's forces are in the fight ("Turkish troops"). */
export const FORCE_NOUNS = new Set(
  "forces troops army military soldiers soldier warplanes jets drones navy police security service members marines commandos artillery".split(" "),
);
