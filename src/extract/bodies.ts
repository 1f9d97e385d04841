// Bodies by name. The names the rules and the tagger typed on little evidence are looked up among the international
// bodies, NGOs, news media and companies of PETRARCH2's Phoenix dictionary (bodies.json, written by `npm run
// build-bodies`): a match is an organization ("Lockheed Martin" was compromise's person, "Morgan Stanley said" a
// person by the verb after it). The list finds no names of its own; it widens one over the words before it that
// open its listed name ("Global Witness said": the rules take a sentence's first word only on evidence).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../paths.js';
import type { RawMention } from './mentions.js';
import { isUntyped } from './untyped.js';

let names: Set<string> | null = null;
/** The listed names that end in a company's legal form, without it ("general dynamics corporation"). */
let bare: Set<string> | null = null;
const key = (name: string) => name.toLowerCase().replace(/^the\s+/, '').replace(/['’]s$/, '').replace(/\s+/g, ' ').trim();
const LEGAL_FORM = / (corporation|corp\.?|inc\.?|incorporated|company|co\.?|ltd\.?|limited|plc)$/;

/**
 * Whether the dictionary lists a body by this name; with `withoutLegalForm`, also by this name and a legal form, which
 * news drops ("General Dynamics"; not where one word would be left, "Chase Corporation"). Only where a title's word
 * opens the name: elsewhere it made a company of a film's "Helen of Troy".
 */
export function listedBody(name: string, withoutLegalForm = false): boolean {
  if (!names) {
    names = new Set((JSON.parse(readFileSync(join(ROOT, 'src', 'extract', 'bodies.json'), 'utf8')) as { names: string[] }).names);
    bare = new Set([...names].filter((n) => LEGAL_FORM.test(n)).map((n) => n.replace(LEGAL_FORM, '')).filter((n) => n.includes(' ')));
  }
  const k = key(name);
  return names.has(k) || (withoutLegalForm && bare!.has(k));
}

/** Types a name gets from compromise's tag, the verb after it, a name list or the tagger alone: weaker than the list. */
export const WEAKLY_TYPED: ReadonlySet<string> = new Set(['person:speaks', 'person:subject', 'person:tagger', 'person:given-name', 'person:given-name-city', 'place:tagger', 'person:model', 'place:model']);
/** A name no rule typed, or one typed on little evidence: what the list may type. */
const weak = (m: RawMention) => isUntyped(m) || WEAKLY_TYPED.has(m.rule);

/** Up to three capitalised words (or particles inside a name) right before `start`: where a listed name may open. */
const OPENING = /(?:(?:\p{Lu}[\p{L}.&'’-]*|of|the|and|for|without)\s+){1,3}$/u;

/**
 * The mentions with the listed bodies among the weakly typed and untyped names made organizations, also where the
 * listed name goes on over the names right after it ("Credit Suisse" was "Credit" and the country "Suisse").
 */
export function typeListedBodies(body: string, mentions: RawMention[]): RawMention[] {
  const joined = joinedListedBodies(body, mentions);
  return mentions.flatMap((m) => {
    const j = joined.get(m);
    if (j) return j === 'absorbed' ? [] : [j];
    // A title's word that opens a listed body's name is the body's: "General Dynamics", "General Mills".
    if (m.rule === 'person:title' && listedBody(m.text, true)) {
      const { title: _, ...name } = m;
      return [{ ...name, type: 'organization' as const, rule: 'organization:listed' }];
    }
    if (!weak(m)) return [m];
    const { fallback: _, ...rest } = m;
    if (listedBody(m.text)) return [{ ...rest, type: 'organization' as const, rule: 'organization:listed' }];
    // The longest listed name that ends with the mention and opens on a capitalised word before it.
    const before = OPENING.exec(body.slice(Math.max(0, m.start - 60), m.start));
    if (!before) return [m];
    const from = m.start - before[0].length;
    for (const w of before[0].matchAll(/\S+\s+/g)) {
      const start = from + w.index;
      if (!/^\p{Lu}/u.test(w[0])) continue;
      const text = body.slice(start, m.end);
      // (Not over another name: "Goldman" and "Sachs" as two persons stay for resolve.)
      if (listedBody(text) && !mentions.some((o) => o.start < m.start && o.end > start)) return [{ ...rest, start, text, type: 'organization' as const, rule: 'organization:listed' }];
    }
    return [m];
  });
}

/**
 * A weakly typed or untyped name and the one or two names right after it (one space apart) whose words together are a
 * listed body's name: the first made that body, the others absorbed into it.
 */
function joinedListedBodies(body: string, mentions: RawMention[]): Map<RawMention, RawMention | 'absorbed'> {
  const out = new Map<RawMention, RawMention | 'absorbed'>();
  const byStart = [...mentions].sort((a, b) => a.start - b.start);
  byStart.forEach((m, n) => {
    if (!weak(m) || out.has(m)) return;
    let last = n;
    for (let k = n + 1; k < byStart.length && k <= n + 2 && body.slice(byStart[k - 1]!.end, byStart[k]!.start) === ' '; k++) {
      if (listedBody(body.slice(m.start, byStart[k]!.end))) last = k;
    }
    if (last === n) return;
    const { fallback: _, canonical: __, ...rest } = m;
    const end = byStart[last]!.end;
    out.set(m, { ...rest, end, text: body.slice(m.start, end), type: 'organization', rule: 'organization:listed' });
    for (let k = n + 1; k <= last; k++) out.set(byStart[k]!, 'absorbed');
  });
  return out;
}
