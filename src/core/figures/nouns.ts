import { dict } from "./dict.ts";

/**
 * Nouns that figures count, as data: what a number counts decides its category.
 * Keys are lower-case singular forms; multi-word heads are space-separated.
 */

/** Weapons and military hardware. */
export const WEAPON_NOUNS: readonly string[] = [
  "missile", "drone", "rocket", "shell", "bomb", "glide bomb", "tank", "helicopter", "aircraft", "plane",
  "warplane", "jet", "fighter jet", "bomber", "balloon", "launcher", "rocket launcher", "artillery piece",
  "artillery system", "gun", "howitzer", "mortar", "warship", "ship", "submarine", "boat", "vehicle",
  "armoured vehicle", "armored vehicle", "air defence system", "air defense system", "system", "munition",
  "grenade", "mine", "landmine", "uav", "interceptor", "projectile", "warhead", "weapon",
  "rifle", "battery", "shahed", "himars", "apc", "frigate", "cruiser", "destroyer", "corvette",
  "torpedo", "cluster munition", "strike drone", "air-defence system", "air-defense system",
];

/** People: counted people are casualties when the clause speaks of death or injury. */
export const PERSON_NOUNS: readonly string[] = [
  "person", "people", "civilian", "soldier", "troop", "serviceman", "servicemen", "service member",
  "servicemember", "fighter", "militant", "insurgent", "rebel", "terrorist", "child", "children", "woman",
  "women", "man", "men", "resident", "worker", "aid worker", "officer", "police officer", "policeman",
  "policemen", "guard", "member", "personnel", "security personnel", "hostage", "prisoner", "prisoner of war",
  "pow", "detainee", "captive", "refugee", "migrant", "commander", "general", "journalist", "reporter",
  "medic", "doctor", "nurse", "volunteer", "mercenary", "recruit", "conscript", "reservist", "paratrooper",
  "marine", "sailor", "pilot", "crew member", "crewman", "passenger", "student", "patient", "family",
  "infant", "baby", "teenager", "boy", "girl", "adult", "citizen", "inhabitant", "evacuee", "staff",
  "employee", "official", "combatant", "defender", "jihadist", "gunman", "gunmen", "operative", "agent",
  "diplomat", "leader", "villager", "protester", "demonstrator", "worshipper", "pilgrim", "other",
];

/** Nouns that are themselves casualties ("53 deaths", "about 200 dead", "15 injured"). */
export const CASUALTY_NOUNS: readonly string[] = [
  "death", "dead", "fatality", "casualty", "victim", "body", "life", "injured", "wounded", "killed",
  "injury", "loss",
];

/** Words in the clause that make counted people casualties. */
export const CASUALTY_CUES: ReadonlySet<string> = new Set([
  "kill", "kills", "killed", "killing", "killings", "dead", "die", "died", "dies", "dying", "death", "deaths",
  "wounded", "wounding", "injured", "injuring", "injuries", "injury", "hurt", "casualties", "fatalities",
  "slain", "drowned", "executed", "massacred", "toll", "perished", "lives", "murdered", "hostages",
  "hostage", "missing", "beheaded", "decapitated", "lost", "losses", "hospitalized", "hospitalised", "shot",
  "gunned",
]);

/** Verbs and participles that may follow a counted number ("15 injured", "four were injured"). */
export const CASUALTY_VERBS_AFTER: ReadonlySet<string> = new Set([
  "killed", "dead", "died", "injured", "wounded", "hurt", "drowned", "missing", "perished", "executed",
  "hospitalized", "hospitalised",
]);

/** Irregular plurals (lower case) and their singular unit names. */
export const IRREGULAR_SINGULARS: ReadonlyMap<string, string> = dict({
  people: "person", persons: "person", men: "man", women: "woman", children: "child", personnel: "personnel",
  aircraft: "aircraft", police: "police", lives: "life", servicemen: "serviceman", policemen: "policeman",
  gunmen: "gunman", crewmen: "crewman", axes: "axis", dead: "dead", injured: "injured", wounded: "wounded",
  killed: "killed", staff: "staff", himars: "himars", series: "series", species: "species", others: "other",
  bodies: "body", families: "family", casualties: "casualty", fatalities: "fatality", feet: "foot",
});

/** Words in the clause that make a casualty figure a death toll. */
export const DEATH_CUES: ReadonlySet<string> = new Set([
  "kill", "kills", "killed", "killing", "dead", "die", "died", "dies", "death", "deaths", "fatalities", "slain",
  "perished", "toll",
]);

/** Words in the clause that say a toll was updated rather than restated ("rose to", "revised"). */
export const REVISION_CUES: ReadonlySet<string> = new Set([
  "rose", "risen", "rising", "rises", "climbed", "climbs", "increased", "increases", "revised", "updated",
  "jumped", "grew", "reached", "now", "earlier", "initially", "previously", "later", "since", "total", "overall",
]);
