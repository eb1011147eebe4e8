/**
 * Word lists the claim engine runs on, as data. All lower case.
 */

/** Reporting verbs in every form that introduces what a source stated. */
export const REPORTING_VERBS = new Set(
  (
    "say says said saying tell tells told telling claim claims claimed claiming report reports reported reporting " +
    "write writes wrote writing stated stating announce announces announced announcing add adds added " +
    "insist insists insisted insisting allege alleges alleged alleging deny denies denied denying warn warns warned " +
    "estimate estimates estimated confirm confirms confirmed confirming accuse accuses accused accusing blame blames " +
    "blamed blaming noted tweeted posted acknowledge acknowledges acknowledged " +
    "admit admits admitted assert asserts asserted asserting stress stresses stressed declare declares declared " +
    "indicated show shows showed boasted quoted cited"
  ).split(" "),
);

/** Reporting verbs that are also common nouns ("the claim", "a report"): need a real subject. */
export const NOUN_LIKE_VERBS = new Set(["claim", "claims", "report", "reports", "estimate", "estimates", "show", "shows"]);

/** Verbs that report an opinion or a forecast rather than a fact: the sentence is no battlefield claim. */
export const OPINION_VERBS = new Set(
  "predicted predicts predict forecast forecasts expects expected described describes suggests suggested believes believed hopes hoped vowed vows threatened threatens urged urges called calls condemned condemns denounced praised thinks thought argued argues".split(" "),
);

/** Phrasal reporting forms: the source follows them ("according to X"). Matched on lower-case text. */
export const SOURCE_INTRODUCERS = ["according to", "citing", "cited by", "as reported by", "quoted by", "per"];

/**
 * Battlefield vocabulary with weights: 2 = a military event by itself ("shelled", "killed"),
 * 1 = military context that needs another word ("troops", "positions").
 */
export const EVENT_WORDS: Record<string, number> = Object.fromEntries([
  ...(
    "attack attacks attacked attacking strike strikes struck striking airstrike airstrikes shelled shelling shells " +
    "bombarded bombardment bombardments bombing bombed bomb bombs missile missiles rocket rockets drone drones " +
    "killed killing kill wounded wounds injured injuring dying casualties casualty hurt downing regained gains " +
    "destroyed destroying destruction damaged damaging damage downed intercepted intercept interception shot " +
    "captured capturing capture seized seizing recaptured retook retaken retake liberated liberation occupied " +
    "advance advanced advancing advances retreat retreated retreating withdrew withdrawn withdraw withdrawal " +
    "offensive counteroffensive counterattack counterattacks assault assaults raid raids ambush ambushed " +
    "exploded surrender surrendered surrendering encircled encirclement " +
    "entered overran repelled repulsed clashes clash fighting firefight firefights artillery " +
    "fired firing gunfire gunmen bombardment blockade blockading hit hits shot beheaded decapitated " +
    "abandoned breakthrough entrenched incursion losses battles annihilate eliminated neutralised neutralized " +
    "jammed casualty deported executed massacre landings landed crashed control controlled rubble pulverised " +
    "sank sunk targeted targeting raided stormed infiltrated infiltrating infiltration"
  )
    .split(" ")
    .map((w) => [w, 2] as const),
  ...(
    "troops forces soldiers army military fighters militants rebels tanks tank aircraft helicopter helicopters " +
    "warplanes jets ammunition munitions weapons equipment positions frontline front barracks depots depot " +
    "concentration accumulated concentrated manpower units convoy base airport airfield fire enemy " +
    "ballistic ballistics launchers mortars grenades sirens territory villages settlements battle " +
    "dead died deaths fatalities explosion explosions blast blasts toll death hostages " +
    "launched siege besieged prisoners break broke breaking"
  )
    .split(" ")
    .map((w) => [w, 1] as const),
]);

/**
 * Forms of "take" that report a capture in the perfect or passive ("forces had taken the district",
 * "the village had been taken"): event words after an auxiliary, unless an idiom follows ("taken place").
 */
export const TAKE_VERBS = new Set(["take", "takes", "took", "taken", "taking"]);
export const PERFECT_AUXILIARIES = new Set(["had", "has", "have", "having", "been"]);
export const TAKE_IDIOMS = new Set(
  "place part steps step measures action actions note notice office power care time advantage refuge shelter responsibility into to up seriously aback effect root shape hold turns aim".split(" "),
);

/** Words that open a relative clause: a negated report inside one ("a settlement he did not identify") is not the main statement. */
export const RELATIVE_MARKERS = new Set(["that", "which", "who", "whom", "whose", "where", "whereabouts"]);

/** Auxiliaries that open a second predicate after "and" ("had been hit and was at risk of sinking"). */
export const PREDICATE_AUXILIARIES = new Set("was were is are had has have will would could may might".split(" "));

/** Modals that make a clause a forecast, but hedge a past event when "have" + a participle follows ("may have targeted"). */
export const HEDGE_MODALS = new Set(["may", "might", "could"]);

/** Modifiers that make an event word figurative: "legal battles", "political attacks", "a price war". */
export const FIGURATIVE_MODIFIERS = new Set("legal political court courtroom custody budget electoral election verbal personal price trade rhetorical media".split(" "));

/** Minimum event weight in a clause for it to state a military event. */
export const EVENT_THRESHOLD = 2;

/**
 * Words that make a clause a forecast, plan, aid, diplomacy or opinion rather than a battlefield
 * report. A clause with any of them does not count, even with event words.
 */
export const BLOCKING_WORDS = new Set(
  (
    "will would could may might should must shall likely unlikely expected expects expect plan plans planned " +
    "planning intend intends intended intention aim aims aimed chance chances risk risks threat " +
    "vowed vow vows pledge pledged pledges aid assistance donate donated donation supply supplies supplied " +
    "delivery deliveries deliver production produce produced producing sanctions negotiations talks ceasefire " +
    "diplomats diplomatic peace mourning propaganda needed need needs want wants wanted let hope hopes " +
    "predicted prediction forecast ultimatum mistake fairytales trial court charges evacuation evacuations " +
    "appointment elected election registering register training trained train escalation can if unless " +
    "recruits recruiting recruitment solidarity"
  ).split(" "),
);

/** Phrases that negate the reporting itself: "did not say", "gave no details". A clause with them is no claim. */
export const NEGATED_REPORT = /\b(?:did not|didn['’]t|does not|doesn['’]t|has not|hasn['’]t|have not|had not|would not|declined to|refused to)\s+(?:say|said|give|reveal|identify|specify|disclose|confirm|comment|respond|provide|publicise|publicize|mention|elaborate)\b/i;

/**
 * Disclaimers: the article says a claim could not be verified or came without evidence.
 * Each is matched on one sentence; `scope` says whether it covers nearby claims ("this and other reports").
 */
export const DISCLAIMERS: Array<{ re: RegExp; wide: boolean }> = [
  { re: /\b(?:could not|couldn['’]t|cannot|can['’]t|was unable to|were unable to|is unable to|are unable to|not possible to|unable to|impossible to)\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)\w*[^.]*\b(?:other|these|those|such|battlefield|reports|claims)\b/i, wide: true },
  { re: /\b(?:could not|couldn['’]t|cannot|can['’]t|was unable to|were unable to|is unable to|are unable to|not possible to|unable to|impossible to|(?:has|have|had) not been able to)\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)\w*/i, wide: false },
  { re: /\b(?:independent(?:ly)?\s+)?verification\s+is\s+(?:rarely|not|seldom)\s+possible\b/i, wide: true },
  { re: /\bwithout\s+(?:providing|giving|offering|citing|presenting|showing)\s+(?:any\s+)?(?:evidence|details?|proof)\b/i, wide: false },
  { re: /\b(?:provided|gave|offered|presented|showed|cited)\s+no\s+(?:evidence|details?|proof)\b/i, wide: false },
  { re: /\bno\s+evidence\b/i, wide: false },
  { re: /\b(?:did not|didn['’]t|does not|doesn['’]t|has not|hasn['’]t|have not|haven['’]t|had not|hadn['’]t)\s+(?:yet\s+)?(?:provided?|given|give|offered|offer|presented|present|shown|show|cited|cite|produced|produce)\s+(?:any\s+)?(?:evidence|proof|details?)\b/i, wide: false },
  { re: /\b(?:not|never)\s+(?:been\s+)?independently\s+(?:verified|confirmed)\b/i, wide: false },
];

/**
 * A disclaimer about the battlefield claims of the whole article ("could not independently verify
 * battlefield accounts from either side", "… the battlefield claims."): it covers the claims before it
 * as well as after. Not "this and other battlefield reports", which starts from the claim at hand.
 */
export const ARTICLE_DISCLAIMER = /\b(?:either side|both sides|all sides|each side|either party|both parties|(?:battlefield|frontline|front-line)\s+(?:accounts|claims|reports))\b/i;
export const ANCHORED_DISCLAIMER = /\b(?:this|these|that|those)\s+and\s+other\b/i;

/**
 * A disclaimer about an incident ("is unable to verify details of the incident", "could not confirm
 * the attack"): it covers the claims about that incident in the paragraphs before it, whoever made them.
 */
export const INCIDENT_DISCLAIMER = /\b(?:verif|confirm)\w*\s+(?:(?:the\s+)?(?:details|accounts?|circumstances|reports?|claims?)\s+(?:of|about|on)\s+)?(?:the|this|that|these)\s+(?:incident|incidents|attack|attacks|strike|strikes|raid|raids|event|events|fighting|clashes|ambush|bombing|shelling)\b/i;

/** Phrases by which the outlet or an independent party confirms a claim. */
export const CONFIRMATIONS = /\b(?:satellite\s+(?:imagery|images|photos)\s+(?:later\s+)?(?:showed|shows|confirmed)|independently\s+(?:verified|confirmed)|(?:verified|confirmed|geolocated)\s+by\s+(?:Reuters|the Associated Press|AP|AFP|the BBC|CNN|satellite imagery))\b/;

/** Sentence-initial adverbials that are not part of a source's name. */
export const DISCOURSE_WORDS = new Set(
  "however meanwhile earlier later separately also then but and so still yet instead elsewhere moreover in on at by after before during since as while when although though".split(" "),
);

/** Verbs that take "to" + a reporting verb without being one: "Putin continues to deny". */
export const CATENATIVES = new Set("continue continues continued began begin begins appear appears appeared seem seems seemed try tries tried went".split(" "));

/** Particles inside personal names: "Ursula von der Leyen", "Abu Bakr al-Baghdadi". */
export const NAME_PARTICLES = new Set("von van der den de del della da dos du la le al el bin ibn abu".split(" "));

/** Words between a source and its verb that are not part of the source's name. */
export const PRE_VERB_ADVERBS = new Set(
  "has have had also earlier later previously then publicly repeatedly separately further again however meanwhile now already reportedly had initially officially first last late early this on yesterday today once still never been being".split(" "),
);

/** Time words: "on Sunday", "late Saturday", "last month". */
export const TIME_WORDS = new Set(
  "monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night week month year day weekend today yesterday tonight overnight january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(" "),
);

/** Lower-case words that may appear inside a source's name or description. */
export const NP_WORDS = new Set(
  (
    "the a an its his her their one two three four several some many other another of for in at and " +
    "deputy defence defense foreign interior internal regional local senior top presidential prime chief head " +
    "state state-run state-owned news official officials authorities military army forces force air armed " +
    "general staff intelligence security emergency service services press evening daily latest morning " +
    "humanitarian human rights monitoring monitor independent provincial district city municipal national " +
    "northern southern eastern western central navy naval ground special operations operational joint " +
    "self-proclaimed separatist people's people’s republic administration council committee commission " +
    "think tank thinktank institute expert experts analyst analysts military-political political policy " +
    "spokesperson spokesman spokeswoman representative adviser advisor aide governor mayor minister ministry " +
    "president commander officer police media outlets outlet channels channel telegram television tv " +
    "correspondent reporter reporters newspaper agency group rebel rebels militants fighters insurgents " +
    "militia resident residents witness witnesses worker workers aid sources source statement report reports " +
    "estimates figures tallies count fellow observatory government cabinet office brigade regiment battalion " +
    "unit command guard opposition secretary ambassador envoy leader leaders pro-russian pro-kremlin " +
    "pro-moscow separatists doctors medics survivors journalist journalists mission health civil defence " +
    "city town village region province oblast district capital ally allies here counterpart executive with part parts"
  ).split(" "),
);

/** Pronouns that can stand for a source. */
export const PRONOUNS = new Set(["he", "she", "it", "they"]);

/** What a definite description refers to when the article names it without citing it: "the alliance" → NATO. */
export const DEFINITE_REFERENTS: Record<string, string[]> = {
  alliance: ["NATO"],
  bloc: ["EU", "European Union"],
  organisation: ["United Nations", "UN"],
  organization: ["United Nations", "UN"],
};

/** Things that are posted or published, not sources: "a statement posted on Telegram". */
export const DOCUMENT_NOUNS = new Set("statement video message post report photos photo footage images image letter document article interview update tweet".split(" "));

/**
 * Words of armed conflict. An article with too few of them (a hotel review, a budget story, a
 * shooting at home) gets no battlefield claims, whatever its verbs say.
 */
export const CONFLICT_WORDS = new Set(
  ("war wars military troops forces soldiers soldier army armies missile missiles drone drones airstrike airstrikes " +
    "air strike strikes shelling shelled artillery offensive counteroffensive frontline front-line militants militant " +
    "rebels rebel insurgents insurgency ceasefire invasion combat fighters battlefield bombardment warplanes tanks " +
    "brigade battalion regiment infantry paramilitary militia separatists hostilities occupied occupation").split(" "),
);

/** At least this many conflict words, of at least `CONFLICT_MIN_DISTINCT` kinds, make a conflict article. */
export const CONFLICT_MIN_HITS = 4;
export const CONFLICT_MIN_DISTINCT = 2;
