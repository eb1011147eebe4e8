/** One side of a conflict profile and the words that identify it in a source's description. */
export interface ProfileSide {
  /** Side id used in the analysis ("russia", "ukraine", …). */
  id: string;
  /** Human label for tooltips ("Russia"). */
  label: string;
  /** Country names, capitals and metonyms: "Russia", "Moscow", "the Kremlin". Matched as whole words. */
  names: string[];
  /** Adjectives and possessives: "Russian", "Russia's". */
  demonyms: string[];
  /** Institutions, armed groups and state media that belong to the side: "TASS", "Wagner", "IDF". */
  institutions: string[];
  /** Places whose officials belong to the side unless marked as installed by the other side. */
  places: string[];
  /** Markers that put a source on this side whatever place it names: "pro-Russian", "Kremlin-installed". */
  proxyMarkers: string[];
  /** One body, many names: mentions equal to an alias are the same source ("IDF" = "Israeli military"). */
  bodies?: Array<{ name: string; aliases: string[] }>;
  /** The capital, for "the capital's military administration". */
  capital?: string;
  /** Heads of state or government, well known enough to appear without a title. */
  leaders?: string[];
}

/** A conflict profile: its sides and how to recognise an article about it. */
export interface ConflictProfile {
  id: string;
  sides: ProfileSide[];
  /** The profile applies when at least this many sides are each mentioned at least `minPerSide` times. */
  minSides: number;
  minPerSide: number;
}
