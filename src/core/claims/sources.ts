/**
 * The sources list: one entry per entity that is cited for something, with its canonical (most
 * specific) name, aliases, kind, side and counts; plus the outlet named in a disclaimer
 * ("Reuters was unable to verify …"), which the article cites too.
 */
import type { Source, SourceKind } from "../types.ts";
import type { ConflictProfile } from "../profiles/index.ts";
import { COUNTRIES } from "../profiles/common.ts";
import type { Entity } from "./entities.ts";
import { nameKey } from "./entities.ts";
import { countryOfWord, findKnownOrg, isLeader } from "./gazetteer.ts";
import type { Disclaimer } from "./status.ts";

/** Display label of a side id for tooltips. */
export function sideLabel(side: string, profiles: ConflictProfile[]): string {
  for (const p of profiles) for (const s of p.sides) if (s.id === side) return s.label;
  if (side === "belligerent") return "party to the fighting";
  if (side === "unknown") return "side unknown";
  return side;
}

function countryName(e: Entity): string | null {
  for (const m of e.mentions) {
    if (m.pronoun || !m.isBare) continue;
    const c = countryOfWord(m.name);
    if (c) return COUNTRIES.find((x) => x.name === c)?.forms[0] ?? c;
  }
  return null;
}

/** The most specific name among an entity's mentions. */
export function canonicalName(e: Entity): string {
  if (e.person) {
    let best = e.person;
    for (const m of e.mentions) if (m.person && m.person.split(/\s+/).length > best.split(/\s+/).length) best = m.person;
    return best;
  }
  const named = e.mentions.filter((m) => !m.pronoun && !m.definiteHead);
  const pool = named.length ? named : e.mentions.filter((m) => !m.pronoun);
  // A country by its name or capital: keep the first form written ("Kyiv says", "Damascus said").
  if (countryName(e) && pool.every((m) => m.isBare)) return pool[0]!.name;
  let best = pool[0]?.name ?? e.mentions[0]?.text ?? "";
  let bestScore = -1;
  // A name met again scores as it did, and only a higher score wins: each name is scored once.
  const scored = new Set<string>();
  for (const m of pool) {
    if (scored.has(m.name)) continue;
    scored.add(m.name);
    // "Ukrainian officials" names the source better than "Ukrainian estimates".
    const score = nameKey(m.name).length * 10 - m.name.length / 100 - (/\b(?:estimates?|figures|tall(?:y|ies)|count|data|statistics)\b/i.test(m.name) ? 5 : 0);
    if (score > bestScore) {
      best = m.name;
      bestScore = score;
    }
  }
  return best.replace(/\s*\([^)]*\)\s*/g, " ").trim() || best;
}

/**
 * A single capitalised word, named once, never introduced by a full name, title or organisation and
 * never the source of a claim ("Anthropic says …" in a teaser list): not listed. Reporters introduce real
 * sources before using a bare surname.
 */
function isStrayName(e: Entity, claims: Array<{ entityId: number }>): boolean {
  if (!e.person || e.person.includes(" ")) return false;
  if (!e.mentions.every((m) => m.pronoun || m.isBare)) return false;
  if (e.mentions.filter((m) => !m.pronoun).length > 1) return false;
  if (countryOfWord(e.person) || findKnownOrg(e.person) || isLeader(e.person)) return false;
  return !claims.some((c) => c.entityId === e.id);
}

/** "capital’s military administration" → "Kyiv military administration" when the side's capital is known. */
function withCapital(name: string, side: string | undefined, profiles: ConflictProfile[]): string {
  if (!/^capital['’]s\s/i.test(name)) return name;
  const capital = profiles.flatMap((p) => p.sides).find((s) => s.id === side)?.capital;
  return capital ? name.replace(/^capital['’]s/i, capital) : name;
}

/** Whether a source is the outlet publishing the page ("the Guardian" in a Guardian article). */
function isPublisher(name: string, site: string | null): boolean {
  if (!site) return false;
  const words = (x: string) => x.toLowerCase().replace(/^the\s+/, "").split(/[^\p{L}\p{N}]+/u).filter(Boolean).join(" ");
  return words(name) === words(site);
}

/** Builds the sources list and the entity → canonical name map. */
export function buildSources(
  entities: Entity[],
  sides: Map<number, string>,
  kindOf: (e: Entity) => SourceKind,
  claims: Array<{ entityId: number }>,
  disclaimers: Disclaimer[],
  profiles: ConflictProfile[] = [],
  site: string | null = null,
): { sources: Source[]; nameOf: Map<number, string> } {
  const nameOf = new Map<number, string>();
  const sources: Source[] = [];
  for (const e of entities) {
    if (!e.mentions.some((m) => m.isAttribution)) continue;
    const name = withCapital(canonicalName(e), sides.get(e.id), profiles);
    if (!name || isStrayName(e, claims) || isPublisher(name, site)) continue;
    nameOf.set(e.id, name);
    const aliases = [...new Set(e.mentions.map((m) => m.text).filter((t) => t !== name))];
    sources.push({
      name,
      aliases,
      kind: kindOf(e),
      side: sides.get(e.id) ?? "unknown",
      mentions: e.mentions.length,
      claims: claims.filter((c) => c.entityId === e.id).length,
    });
  }
  for (const d of disclaimers) {
    if (!d.by || sources.some((s) => s.name === d.by) || isPublisher(d.by, site)) continue;
    sources.push({ name: d.by, aliases: [], kind: "media", side: "independent", mentions: 1, claims: 0 });
  }
  return { sources, nameOf };
}
