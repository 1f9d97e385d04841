// Weapons named like people, animals or tribes ("Bradley fighting vehicles", "Apache helicopters", "Archer
// artillery", "Stryker armored vehicles"): defence releases name their equipment by such words, which compromise
// and the tagger read as persons or bodies. A name typed on little evidence, right before a weapon's noun, is none.
import type { RawMention } from './mentions.js';
import { listedBody, WEAKLY_TYPED } from './bodies.js';
import { listedAsOrganization } from './nlp.js';

/** Nouns of weapons and military equipment. */
const WEAPON_NOUNS = 'tanks?|missiles?|drones?|jets?|aircraft|helicopters?|gunships?|launchers?|rockets?|vehicles?|howitzers?|artillery|rifles?|bombers?|interceptors?|warplanes?|munitions|torpedoes|systems?|batter(?:y|ies)';
/** Words between the name and the noun: "Bradley fighting vehicles", "Kalibr cruise missiles", "Patriot air defence systems". */
const MODIFIERS = 'fighting|infantry|armou?red|combat|main|battle|cruise|ballistic|anti-ship|anti-tank|anti-aircraft|surface-to-air|air-to-air|attack|utility|transport|fighter|stealth|strike|air|missile|defen[cs]e|self-propelled|multiple|long-range|short-range|medium-range|guided|precision|unmanned|loitering|kamikaze|light|heavy';
const BEFORE_WEAPON = new RegExp(`^[\\s-]+(?:(?:${MODIFIERS})\\s+){0,3}(?:${WEAPON_NOUNS})\\b`, 'u');

/** Rules whose names may be a weapon's: the weakly typed ones, the tagger's organizations and acronyms by shape. */
const GUESSES = new Set([...WEAKLY_TYPED, 'organization:model', 'organization:tagger', 'organization:shape']);

/** The mentions without the weapons' names among the names typed on little evidence or not at all. */
export function withoutWeapons(body: string, mentions: RawMention[]): RawMention[] {
  // (Not a maker's name: "Boeing jets", "Raytheon missiles".)
  const weapon = (m: RawMention) => (GUESSES.has(m.rule) || m.rule.startsWith('unknown:')) && BEFORE_WEAPON.test(body.slice(m.end, m.end + 60)) && !listedBody(m.text) && !listedAsOrganization(m.text);
  return mentions.filter((m) => !weapon(m));
}
