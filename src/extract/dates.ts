// The date a sentence gives for what it reports: "on February 6", "in June 2025", "on Monday", read against the
// article's own date. News dates events by the day of the week or the month and day, leaving the year to the dateline.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`;
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(?:${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH})(?:,?\s+(\d{4}))?\b`);
const MONTH_YEAR = new RegExp(String.raw`\b${MONTH}\s+(?:of\s+)?(\d{4})\b`);
const WHOLE_MONTH = new RegExp(String.raw`^${MONTH}\.?$`);
/** "May", "Sept.": a month's name or its abbreviation, the whole word. */
export const isMonth = (word: string): boolean => WHOLE_MONTH.test(word);
const WEEKDAY = /\b(?:on|last|this|since|by|until)\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/;
const YEAR = /\b(?:in|since|during|of)\s+((?:19|20)\d{2})\b/;

export interface SentenceDate {
  /** As precise as the text allows: "2026-02-06", "2025-06", "2025"; null when the year cannot be known. */
  iso: string | null;
  /** The words that gave it, as written: "February 6". */
  text: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (word: string) => MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().replace('.', '').slice(0, 3))) + 1;

/** The first date the sentence gives, resolved against `published` (YYYY-MM-DD or null). */
export function dateIn(sentence: string, published: string | null): SentenceDate | null {
  const pub = published ? new Date(`${published}T00:00:00Z`) : null;
  const full = DAY_MONTH_YEAR.exec(sentence);
  if (full) {
    const month = monthOf(full[1] ?? full[4]!);
    const day = Number(full[2] ?? full[3]);
    if (day < 1 || day > 31) return null;
    let year = full[5] ? Number(full[5]) : null;
    // "on February 6" in an article of March 2026 is February 2026; in one of January 2026, February 2025.
    if (year === null && pub) year = pub.getUTCFullYear() - (month > pub.getUTCMonth() + 1 ? 1 : 0);
    return { iso: year === null ? null : `${year}-${pad(month)}-${pad(day)}`, text: full[0] };
  }
  const monthYear = MONTH_YEAR.exec(sentence);
  if (monthYear) return { iso: `${monthYear[2]}-${pad(monthOf(monthYear[1]!))}`, text: monthYear[0] };
  const weekday = WEEKDAY.exec(sentence);
  if (weekday) {
    if (!pub) return { iso: null, text: weekday[1]! };
    // The most recent such day on or before the article's date: news reports what has happened.
    const back = (pub.getUTCDay() - WEEKDAYS.indexOf(weekday[1]!.toLowerCase()) + 7) % 7;
    const d = new Date(pub.getTime() - back * 86_400_000);
    return { iso: d.toISOString().slice(0, 10), text: weekday[1]! };
  }
  const year = YEAR.exec(sentence);
  return year ? { iso: year[1]!, text: year[1]! } : null;
}
