// ids: two inputs of one run that would get the same article id (two files "a b.txt" and "a-b.txt", one story in two
// feeds) are never silently one. The same text twice is loaded once, and said; different texts under one id are
// each loaded, the later under the id with "-2", "-3" added, and said.
import type { Diagnostic, ExtractionRecord } from './schema.js';

export class ArticleIds {
  /** First input and content hash of each id given out in this run. */
  private seen = new Map<string, { input: string; sha256: string }>();

  /** The record to load (renamed if need be) or null for a repeat of an article loaded already, and what to say. */
  admit(record: ExtractionRecord, input: string): { record: ExtractionRecord | null; diagnostic?: Diagnostic } {
    const { id, sha256 } = record.article;
    const first = this.seen.get(id);
    const say = (message: string): Diagnostic => ({ file: input, severity: 'warning', place: null, message, source: 'read:id' });
    if (!first) {
      this.seen.set(id, { input, sha256 });
      return { record };
    }
    if (first.sha256 === sha256) return { record: null, diagnostic: say(`the same article as ${first.input} (id "${id}"); loaded once`) };
    let n = 2;
    while (this.seen.has(`${id}-${n}`)) n++;
    const renamed = renameArticle(record, `${id}-${n}`);
    this.seen.set(renamed.article.id, { input, sha256 });
    return { record: renamed, diagnostic: say(`has the id "${id}" of ${first.input}, with other text; loaded as "${renamed.article.id}"`) };
  }
}

/** A record under another article id (claim ids start with the article's). */
export function renameArticle(record: ExtractionRecord, id: string): ExtractionRecord {
  const old = `${record.article.id}:`;
  return {
    ...record,
    article: { ...record.article, id },
    claims: record.claims.map((c) => ({ ...c, id: c.id.startsWith(old) ? `${id}:${c.id.slice(old.length)}` : c.id })),
  };
}
