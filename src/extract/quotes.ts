// Quotations: the spans in quotation marks, in every style news uses, and quoted text that is no claim.

/**
 * Quoted text that no one said, when no cue says otherwise: a number (a tweet's id in an embed, "783493499266084864")
 * or a lone pronoun. Titles and nicknames in quotation marks stay: they are quotations as annotators mark them.
 */
export function notSaid(quote: string): boolean {
  const inner = quote.replace(/^["“”'‘’]+|["“”'‘’]+$/g, '').replace(/[.,!?;:]+$/, '').trim();
  return inner === '' || /^[\d\s.,/-]+$/.test(inner) || /^(he|she|it|they|we|i|you|him|her|them)$/i.test(inner);
}

/** English contractions and possessives that start with an apostrophe ("we 've", "Bailey 's"): never an opening quote. */
const CLITIC = /^'(s|ve|re|ll|d|m|t|em|n|til|cause|tis)\b/i;

/**
 * Quoted passages: “curly”, "straight" and ''doubled'' double quotes; ‘curly’ and 'straight' single quotes around a word
 * or phrase. A double quote left open runs to the end of its paragraph, as in quotations that go on over several
 * paragraphs with a mark opening each; when the next paragraph opens with no mark and closes one, the quotation
 * runs on to that close.
 */
export function findQuotes(body: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let line = 0;
  let from = 0; // where scanning resumes in the current line (after a quotation that closed in it)
  while (line <= body.length) {
    let lineEnd = body.indexOf('\n', line);
    if (lineEnd === -1) lineEnd = body.length;
    let next = lineEnd + 1;
    // Backslash-escaped marks (\" from JSON or code) are quotations inside a quotation where the line has plain marks
    // too: they neither open nor close one. In a line with escaped marks only, they are its quotation marks.
    const text = body.slice(line, lineEnd);
    const inner = text.includes('\\"') && /(^|[^\\])"/.test(text);
    for (let i = Math.max(line, from); i < lineEnd; i++) {
      const c = body[i]!;
      let end = -1;
      if (inner && c === '"' && body[i - 1] === '\\') continue;
      if (c === "'" && body[i + 1] === "'") {
        // ''Doubled apostrophes'' as quotation marks, as some newspapers' archives write them.
        end = body.indexOf("''", i + 2);
        if (end === -1 || end >= lineEnd) end = -1;
        else end += 1;
      } else if (c === '“' || c === '"') {
        end = closeOf(c, i + 1, inner);
        if (end === -1 || end >= lineEnd) {
          const close = closedInNextParagraph(c, lineEnd);
          if (close !== -1) {
            out.push({ start: i, end: close + 1 });
            // Go on scanning the later line after the close.
            next = body.lastIndexOf('\n', close) + 1;
            from = close + 1;
            break;
          }
          end = openToLineEnd(i, lineEnd);
        }
      } else if (c === '‘' || (c === "'" && (i === line || /[\s(\[—–-]/.test(body[i - 1]!)))) {
        if (!/\p{L}/u.test(body[i + 1] ?? '') || (c === "'" && CLITIC.test(body.slice(i, i + 6)))) continue;
        const close = new RegExp(c === '‘' ? '’(?!\\p{L})' : "(?<=[\\p{L}\\d.,!?])'(?![\\p{L}\\d])", 'u');
        const m = close.exec(body.slice(i + 1, Math.min(lineEnd, i + 120)));
        if (m) end = i + 1 + m.index;
      }
      if (end > i + 1) {
        out.push({ start: i, end: end + 1 });
        i = end;
      }
    }
    if (next === lineEnd + 1) from = 0;
    line = next;
  }
  return out;

  /**
   * Where a double quotation opened at `from` closes: its own mark, or for a curly opener a straight mark after a word
   * or punctuation, where a publisher mixed them (“Immunity deals should not be a requirement," Chaffetz said).
   */
  function closeOf(open: string, from: number, skipEscaped = false): number {
    if (open === '"') {
      // A straight opener's first " closes it (a ” may close a “quotation” inside it), but not an escaped \".
      let close = body.indexOf('"', from);
      while (skipEscaped && close !== -1 && body[close - 1] === '\\') close = body.indexOf('"', close + 1);
      return close;
    }
    const m = /”|(?<=[\p{L}.,!?])"(?![\p{L}\d])/u.exec(body.slice(from)); // not an inch mark (6'3")
    return m ? from + m.index : -1;
  }

  /** The close of a quotation left open at lineEnd, in the next paragraph when it does not open with a mark of its own. */
  function closedInNextParagraph(open: string, lineEnd: number): number {
    let start = lineEnd;
    while (start < body.length && /\s/.test(body[start]!)) start++;
    if (start >= body.length || /["“]/.test(body[start]!)) return -1;
    let end = body.indexOf('\n', start);
    if (end === -1) end = body.length;
    const close = closeOf(open, start);
    // A straight mark closes only after a word or punctuation, not before one (that would open another quotation).
    if (close === -1 || close >= end || (open === '"' && /\s/.test(body[close - 1]!))) return -1;
    return close;
  }

  /** An unclosed double quote: the rest of the line, when it holds a few words (a stray mark is no quotation). */
  function openToLineEnd(i: number, lineEnd: number): number {
    let end = lineEnd;
    while (end > i && /\s/.test(body[end - 1]!)) end--;
    return body.slice(i + 1, end).trim().split(/\s+/).length >= 3 ? end - 1 : -1;
  }
}
