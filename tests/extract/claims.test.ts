import { describe, expect, test } from 'vitest';
import { findClaims, findQuotes } from '../../src/extract/claims.js';
import { findMentions } from '../../src/extract/mentions.js';
import { tokenize } from '../../src/extract/nlp.js';
import { segment } from '../../src/segment.js';

function claims(text: string) {
  const tokens = tokenize(text);
  const sentences = segment(text);
  return findClaims(text, tokens, sentences, findMentions(text, tokens, sentences)).map((c) => ({
    kind: c.kind,
    text: c.text,
    cue: c.cue,
    speaker: c.speakerStart === null ? null : text.slice(c.speakerStart, c.speakerEnd!),
    resolved: c.speakerMention?.text ?? null,
    via: c.via?.text ?? null,
  }));
}

describe('claims', () => {
  test.each<[string, ReturnType<typeof claims>]>([
    [
      'An Iranian diplomatic source told the Reuters news agency that Cooper’s presence “endangered” the talks.',
      [{ kind: 'direct', text: '“endangered”', cue: 'tell', speaker: 'An Iranian diplomatic source', resolved: null, via: 'Reuters' }],
    ],
    [
      'Another, quoted by Al-Araby TV, warned that “negotiations taking place under threat” could impose costs.',
      [{ kind: 'direct', text: '“negotiations taking place under threat”', cue: 'warn', speaker: 'Another', resolved: null, via: 'Al-Araby TV' }],
    ],
    [
      'President Trump, speaking on board Air Force One, described them as “very good” and said Iran wants a deal “very badly”.',
      [
        { kind: 'direct', text: '“very good”', cue: 'describe', speaker: 'President Trump', resolved: 'President Trump', via: null },
        { kind: 'direct', text: '“very badly”', cue: 'say', speaker: 'President Trump', resolved: 'President Trump', via: null },
      ],
    ],
    [
      '“We will return,” said Foreign Minister Abbas Araghchi.',
      [{ kind: 'direct', text: '“We will return,”', cue: 'say', speaker: 'Foreign Minister Abbas Araghchi', resolved: 'Foreign Minister Abbas Araghchi', via: null }],
    ],
    [
      'John Smith arrived. He said “no deal” was possible.',
      [{ kind: 'direct', text: '“no deal”', cue: 'say', speaker: 'He', resolved: 'John Smith', via: null }],
    ],
    ['Iran insisted the discussions focus exclusively on the nuclear file.', [{ kind: 'indirect', text: 'the discussions focus exclusively on the nuclear file', cue: 'insist', speaker: 'Iran', resolved: 'Iran', via: null }]],
    ['Officials said on Monday that 12 people had died.', [{ kind: 'indirect', text: '12 people had died', cue: 'say', speaker: 'Officials', resolved: null, via: null }]],
    ['The minister told reporters that the deal was dead.', [{ kind: 'indirect', text: 'the deal was dead', cue: 'tell', speaker: 'The minister', resolved: null, via: null }]],
    // Content before its attribution.
    ['Protocol called for her to be taken to a trauma center, sources said.', [{ kind: 'indirect', text: 'Protocol called for her to be taken to a trauma center', cue: 'say', speaker: 'sources', resolved: null, via: null }]],
    ['The plan would cost billions, said Senator John Smith.', [{ kind: 'indirect', text: 'The plan would cost billions', cue: 'say', speaker: 'Senator John Smith', resolved: 'Senator John Smith', via: null }]],
    ['According to the report, the economy grew by two percent.', [{ kind: 'indirect', text: 'the economy grew by two percent', cue: 'according-to', speaker: 'the report', resolved: null, via: null }]],
    ['The economy grew by two percent, according to the report.', [{ kind: 'indirect', text: 'The economy grew by two percent', cue: 'according-to', speaker: 'the report', resolved: null, via: null }]],
    ["''There's a lot of new complexity,'' said Mr. Burman.", [{ kind: 'direct', text: "''There's a lot of new complexity,''", cue: 'say', speaker: 'Mr. Burman', resolved: 'Mr. Burman', via: null }]],
    ['John Smith attacked the plan on Monday, saying it would fail.', [{ kind: 'indirect', text: 'it would fail', cue: 'say', speaker: 'John Smith', resolved: 'John Smith', via: null }]],
    // A learned cue reports a clause it starts.
    ['The senator suggested the bill would fail in the House.', [{ kind: 'indirect', text: 'the bill would fail in the House', cue: 'suggest', speaker: 'The senator', resolved: null, via: null }]],
    // Speakers of quotes without a cue.
    ['"WALLACE: Let us start with the news."', [{ kind: 'direct', text: '"WALLACE: Let us start with the news."', cue: null, speaker: 'WALLACE', resolved: null, via: null }]],
    ['Mary J. Blige sang “American Skin” on the show.', [{ kind: 'direct', text: '“American Skin”', cue: null, speaker: 'Mary J. Blige', resolved: 'Mary J. Blige', via: null }]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  test.each<[string]>([
    ['She concluded the meeting early.'], // "concluded" reports no clause without "that"
    ['The committee reported a loss of revenue this year.'], // an object, not a clause
    ['They told him to leave.'], // "told" without "that" is an instruction
    ['Washington, for its part, sees this as leverage.'], // "sees" never comes before its speaker
  ])('no claim: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe('findQuotes', () => {
  test.each<[string, string[]]>([
    ['He said “yes” and “no”.', ['“yes”', '“no”']],
    ['He said "yes" and "no".', ['"yes"', '"no"']],
    ['They know the consequences if “........', []], // an open mark before no words is no quotation
    ['He said, "In the first half it felt good.\n\nWe could have scored." After it', ['"In the first half it felt good.']], // open: to the end of its line
    ["Ants as 'self-medicating' and we 've got 'force feed' here.", ["'self-medicating'", "'force feed'"]], // not the clitic 've
    ['They called him the ‘Mets Poet’ back then.', ['‘Mets Poet’']],
    ["He said ''no'' and ''never''.", ["''no''", "''never''"]], // doubled apostrophes, as in some newspaper archives
  ])('%s', (text, expected) => {
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(expected);
  });
});
