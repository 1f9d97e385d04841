// tokens: text → word tokens as the NER corpora cut them (punctuation and "'s" apart, "U.S." and "Mr." whole), so
// that the tagger reads at inference the units it was trained on.
export interface WordToken {
  text: string;
  start: number;
  end: number;
}

/** A dotted abbreviation or initialism keeps its periods: "U.S.", "Mr.", "a.m.", "J." */
const ABBREV = /^(?:\p{L}\.){2,}$|^(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Sen|Rep|Rev|St|Sr|Jr|Inc|Corp|Co|Ltd|No|Mt|Ft|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$|^\p{Lu}\.$/u;

export function wordTokens(text: string, from = 0, to = text.length): WordToken[] {
  const out: WordToken[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    let s = m.index;
    let e = Math.min(m.index + m[0].length, to);
    const tail: WordToken[] = [];
    // Opening punctuation, one mark at a time.
    while (s < e && /[("'“‘[{<«]/.test(text[s]!) && e - s > 1) {
      out.push({ text: text[s]!, start: s, end: s + 1 });
      s++;
    }
    // Closing punctuation, unless it is an abbreviation's period.
    for (;;) {
      if (e - s <= 1) break;
      const word = text.slice(s, e);
      if (ABBREV.test(word)) break;
      const last = text[e - 1]!;
      if (/[)"'”’\]}>»,;:!?.…]/.test(last)) {
        tail.unshift({ text: last, start: e - 1, end: e });
        e--;
        continue;
      }
      // Possessive and clitics: "Iran's" → "Iran" "'s"; "don't" → "do" "n't".
      const clitic = /(?:['’](?:s|S|re|ve|ll|d|m)|n['’]t)$/.exec(word);
      if (clitic && clitic.index > 0) {
        tail.unshift({ text: clitic[0], start: e - clitic[0].length, end: e });
        e -= clitic[0].length;
      }
      break;
    }
    if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
    out.push(...tail);
  }
  return out;
}
