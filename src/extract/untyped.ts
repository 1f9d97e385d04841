// The names no rule typed: the tagger and the dictionaries may type them (a title alone is resolve's, not theirs).
import type { RawMention } from './mentions.js';

export const isUntyped = (m: RawMention): boolean => m.rule.startsWith('unknown:') && m.rule !== 'unknown:title';
