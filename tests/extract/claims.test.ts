import { describe, expect, test } from 'vitest';
import { findClaims } from '../../src/extract/claims.js';
import { findQuotes, notSaid } from '../../src/extract/quotes.js';
import { findMentions } from '../../src/extract/mentions.js';
import { tokenize } from '../../src/extract/nlp.js';
import { processArticle } from '../../src/pipeline.js';
import { articleFromBody } from '../../src/read.js';
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
      // The reported clause is the claim; the quoted word inside it makes it direct.
      [{ kind: 'direct', text: 'Cooper’s presence “endangered” the talks', cue: 'tell', speaker: 'An Iranian diplomatic source', resolved: null, via: 'Reuters' }],
    ],
    [
      'Another, quoted by Al-Araby TV, warned that “negotiations taking place under threat” could impose costs.',
      [{ kind: 'direct', text: '“negotiations taking place under threat”', cue: 'warn', speaker: 'Another', resolved: null, via: 'Al-Araby TV' }],
    ],
    [
      'President Trump, speaking on board Air Force One, described them as “very good” and said Iran wants a deal “very badly”.',
      [
        { kind: 'direct', text: 'them as “very good”', cue: 'describe', speaker: 'President Trump', resolved: 'President Trump', via: null },
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
    // "told" and an addressee, then the clause without "that".
    ['Officials told BBC News every claim will be assessed on its merits.', [{ kind: 'indirect', text: 'every claim will be assessed on its merits', cue: 'tell', speaker: 'Officials', resolved: null, via: 'BBC News' }]],
    ['The minister told reporters that the deal was dead.', [{ kind: 'indirect', text: 'the deal was dead', cue: 'tell', speaker: 'The minister', resolved: null, via: null }]],
    // Content before its attribution.
    // Nested: the sources report what protocol called for.
    [
      'Protocol called for her to be taken to a trauma center, sources said.',
      [
        { kind: 'indirect', text: 'Protocol called for her to be taken to a trauma center', cue: 'say', speaker: 'sources', resolved: null, via: null },
        { kind: 'indirect', text: 'for her to be taken to a trauma center', cue: 'call', speaker: 'Protocol', resolved: null, via: null },
      ],
    ],
    ['The plan would cost billions, said Senator John Smith.', [{ kind: 'indirect', text: 'The plan would cost billions', cue: 'say', speaker: 'Senator John Smith', resolved: 'Senator John Smith', via: null }]],
    ['According to the report, the economy grew by two percent.', [{ kind: 'indirect', text: 'the economy grew by two percent', cue: 'according-to', speaker: 'the report', resolved: null, via: null }]],
    ['The economy grew by two percent, according to the report.', [{ kind: 'indirect', text: 'The economy grew by two percent', cue: 'according-to', speaker: 'the report', resolved: null, via: null }]],
    ["''There's a lot of new complexity,'' said Mr. Burman.", [{ kind: 'direct', text: "''There's a lot of new complexity,''", cue: 'say', speaker: 'Mr. Burman', resolved: 'Mr. Burman', via: null }]],
    [
      'John Smith attacked the plan on Monday, saying it would fail.',
      [
        { kind: 'indirect', text: 'the plan on Monday', cue: 'attack', speaker: 'John Smith', resolved: 'John Smith', via: null },
        { kind: 'indirect', text: 'it would fail', cue: 'say', speaker: 'John Smith', resolved: 'John Smith', via: null },
      ],
    ],
    // Cues whose object is what is attributed (learned from PolNeAR train).
    ['Clinton called for a moratorium on charter schools.', [{ kind: 'indirect', text: 'for a moratorium on charter schools', cue: 'call', speaker: 'Clinton', resolved: 'Clinton', via: null }]],
    ['She wants to triple the size of the AmeriCorps program.', [{ kind: 'indirect', text: 'to triple the size of the AmeriCorps program', cue: 'want', speaker: 'She', resolved: null, via: null }]],
    ['The committee reported a loss of revenue this year.', [{ kind: 'indirect', text: 'a loss of revenue this year', cue: 'report', speaker: 'The committee', resolved: null, via: null }]],
    ['Washington, for its part, sees this as leverage.', [{ kind: 'indirect', text: 'this as leverage', cue: 'see', speaker: 'Washington', resolved: 'Washington', via: null }]],
    // A quote split around its cue, or continued after it, is one claim.
    ['“The talks,” he said, “were very good.”', [{ kind: 'direct', text: '“The talks,” he said, “were very good.”', cue: 'say', speaker: 'he', resolved: null, via: null }]],
    ['“It is finished,” she said. “In my head, anyway.”', [{ kind: 'direct', text: '“It is finished,” she said. “In my head, anyway.”', cue: 'say', speaker: 'she', resolved: null, via: null }]],
    // Quoted fragments inside a reported clause belong to it.
    [
      'Donald Trump said voting fraud is “a big, big problem” but “nobody has the guts to talk about it.”',
      [{ kind: 'direct', text: 'voting fraud is “a big, big problem” but “nobody has the guts to talk about it.”', cue: 'say', speaker: 'Donald Trump', resolved: 'Donald Trump', via: null }],
    ],
    // Two coordinated cues: two claims, one speaker.
    [
      'Merrill says Machado promised to continue supporting Clinton and said she would stand up to the attacks.',
      [
        { kind: 'indirect', text: 'Machado promised to continue supporting Clinton', cue: 'say', speaker: 'Merrill', resolved: 'Merrill', via: null },
        { kind: 'indirect', text: 'she would stand up to the attacks', cue: 'say', speaker: 'Merrill', resolved: 'Merrill', via: null },
      ],
    ],
    // A claim named by a noun, its possessor the speaker.
    [
      'Witnesses contradicted Tulsa police’s earlier claim that Crutcher had refused to keep his hands up.',
      [
        { kind: 'indirect', text: 'Crutcher had refused to keep his hands up', cue: 'claim', speaker: 'Tulsa police', resolved: null, via: null },
        { kind: 'indirect', text: 'to keep his hands up', cue: 'refuse', speaker: 'Crutcher', resolved: 'Crutcher', via: null }, // nested in it
      ],
    ],
    ['There were warnings that the dam could fail within days.', [{ kind: 'indirect', text: 'the dam could fail within days', cue: 'warn', speaker: null, resolved: null, via: null }]],
    // After a quotation, "adding that ..." goes on with the quotation's speaker.
    [
      '“Immunity deals should not be a requirement,” Jason Chaffetz said in a statement, adding that the agreements were handed out “like candy.”',
      [
        { kind: 'direct', text: '“Immunity deals should not be a requirement,”', cue: 'say', speaker: 'Jason Chaffetz', resolved: 'Jason Chaffetz', via: null },
        { kind: 'direct', text: 'the agreements were handed out “like candy.”', cue: 'add', speaker: 'Jason Chaffetz', resolved: 'Jason Chaffetz', via: null },
      ],
    ],
    // A speaker phrase is its head: "Tulsa police" are the police, not the city.
    ['Tulsa police said the officer had been placed on leave.', [{ kind: 'indirect', text: 'the officer had been placed on leave', cue: 'say', speaker: 'Tulsa police', resolved: null, via: null }]],
    // Auxiliaries and adverbs between the speaker and the cue.
    ['Donald Trump is warning that a Clinton victory would bring scandal back.', [{ kind: 'indirect', text: 'a Clinton victory would bring scandal back', cue: 'warn', speaker: 'Donald Trump', resolved: 'Donald Trump', via: null }]],
    ['Hillary Clinton now says she opposes the deal.', [{ kind: 'indirect', text: 'she opposes the deal', cue: 'say', speaker: 'Hillary Clinton', resolved: 'Hillary Clinton', via: null }]],
    // A cue coordinated with a verb that reports nothing: the sentence's subject.
    [
      'Ted Cruz urged Republicans to vote their conscience and said he was standing on principle.',
      [
        { kind: 'indirect', text: 'Republicans to vote their conscience', cue: 'urge', speaker: 'Ted Cruz', resolved: 'Ted Cruz', via: null },
        { kind: 'indirect', text: 'he was standing on principle', cue: 'say', speaker: 'Ted Cruz', resolved: 'Ted Cruz', via: null },
      ],
    ],
    [
      'Authorities announced on Friday the arrest of a man and said a curfew would continue through the weekend.',
      [{ kind: 'indirect', text: 'a curfew would continue through the weekend', cue: 'say', speaker: 'Authorities', resolved: null, via: null }],
    ],
    // An appositive after a closing attribution.
    [
      'Voice of America was removed from the stations, said Jeffrey N. Trimble, a senior official with the board.',
      [{ kind: 'indirect', text: 'Voice of America was removed from the stations', cue: 'say', speaker: 'Jeffrey N. Trimble', resolved: 'Jeffrey N. Trimble', via: null }],
    ],
    // A learned cue reports a clause it starts.
    ['The senator suggested the bill would fail in the House.', [{ kind: 'indirect', text: 'the bill would fail in the House', cue: 'suggest', speaker: 'The senator', resolved: null, via: null }]],
    // Speakers of quotes without a cue.
    ['"WALLACE: Let us start with the news."', [{ kind: 'direct', text: '"WALLACE: Let us start with the news."', cue: null, speaker: 'WALLACE', resolved: null, via: null }]],
    // No cue: a sentence before it ending in a colon, a signature after a dash, a headline's label, the sentence's subject.
    ['Pat Caddell continued:\n\n"The health issue is very much a partisan issue, but it matters."', [{ kind: 'direct', text: '"The health issue is very much a partisan issue, but it matters."', cue: 'continue', speaker: 'Pat Caddell', resolved: 'Pat Caddell', via: null }]],
    ['“Maybe we can build a wall around Donald Trump.” ― Jorge Falcon', [{ kind: 'direct', text: '“Maybe we can build a wall around Donald Trump.”', cue: null, speaker: 'Jorge Falcon', resolved: 'Jorge Falcon', via: null }]],
    ['Mike Pence: Gennifer Flowers Won’t Be at Debate, Trump Was ‘Mocking’ Clinton', [{ kind: 'direct', text: '‘Mocking’', cue: null, speaker: 'Mike Pence', resolved: 'Mike Pence', via: null }]],
    ['Senator Harry Reid has gone after Donald Trump as a “human leech” in recent weeks.', [{ kind: 'direct', text: '“human leech”', cue: null, speaker: 'Senator Harry Reid', resolved: 'Senator Harry Reid', via: null }]],
    ['Mary J. Blige sang “American Skin” on the show.', [{ kind: 'direct', text: '“American Skin”', cue: null, speaker: 'Mary J. Blige', resolved: 'Mary J. Blige', via: null }]],
    // Object-taking cues in every form of a verb learned in one ("urged" on train makes "urges" and "encouraging" cues).
    ['Donald Trump is encouraging his supporters to visit polling locations on Election Day.', [{ kind: 'indirect', text: 'his supporters to visit polling locations on Election Day', cue: 'encourage', speaker: 'Donald Trump', resolved: 'Donald Trump', via: null }]],
    // Cue words the tagger takes for a noun or an adjective, where a clause or "that" follows.
    ['Political observers in Virginia say Scott deserves the right of first refusal.', [{ kind: 'indirect', text: 'Scott deserves the right of first refusal', cue: 'say', speaker: 'Virginia', resolved: 'Virginia', via: null }]],
    ["O'Neill said officials are in possession of video that shows the explosion.", [{ kind: 'indirect', text: 'officials are in possession of video that shows the explosion', cue: 'say', speaker: "O'Neill", resolved: "O'Neill", via: null }]],
    [
      'His aides say it is too early to discuss a Senate run but noted that Scott won competitive races.',
      [
        { kind: 'indirect', text: 'it is too early to discuss a Senate run', cue: 'say', speaker: 'His aides', resolved: null, via: null },
        { kind: 'indirect', text: 'Scott won competitive races', cue: 'note', speaker: 'His aides', resolved: null, via: null },
      ],
    ],
    // A capitalised word in the next sentence is no cue of the quotation: "According to Ham" opens a claim of its own.
    [
      '“We’re on our fourth secretary of defense.” According to Ham, the administration has shuffled through military leaders.',
      [
        { kind: 'direct', text: '“We’re on our fourth secretary of defense.”', cue: null, speaker: null, resolved: null, via: null },
        { kind: 'indirect', text: 'the administration has shuffled through military leaders', cue: 'according-to', speaker: 'Ham', resolved: 'Ham', via: null },
      ],
    ],
    // "..., adding ..." after a quotation, with or without "that", and not joined into the quotation around it.
    [
      '“The day that was abrogated was the day this became personal,” he said, adding he would never vote for Clinton.',
      [
        { kind: 'direct', text: '“The day that was abrogated was the day this became personal,”', cue: 'say', speaker: 'he', resolved: null, via: null },
        { kind: 'indirect', text: 'he would never vote for Clinton', cue: 'add', speaker: 'he', resolved: null, via: null },
      ],
    ],
    [
      '“Immunity deals should not be a requirement,” Chairman Jason Chaffetz (R-Utah) said in a statement, adding that the agreements were handed out “like candy.”',
      [
        { kind: 'direct', text: '“Immunity deals should not be a requirement,”', cue: 'say', speaker: 'Chairman Jason Chaffetz (R-Utah', resolved: null, via: null },
        { kind: 'direct', text: 'the agreements were handed out “like candy.”', cue: 'add', speaker: 'Chairman Jason Chaffetz (R-Utah', resolved: null, via: null },
      ],
    ],
    // Backslash-escaped marks inside a quotation neither open nor close one, so the pairing after them holds.
    [
      '"The mayor called the plan \\"reckless\\" and unworkable," an aide said. He said the talks with José Martí were "productive".',
      [
        { kind: 'direct', text: '"The mayor called the plan \\"reckless\\" and unworkable,"', cue: 'say', speaker: 'an aide', resolved: null, via: null },
        { kind: 'direct', text: 'the talks with José Martí were "productive"', cue: 'say', speaker: 'He', resolved: null, via: null },
      ],
    ],
    // A line with escaped marks only (JSON text unescaped once too few): they are its quotation marks.
    ['The mayor said \\"the talks went well\\" and left.', [{ kind: 'direct', text: '"the talks went well\\"', cue: 'say', speaker: 'The mayor', resolved: null, via: null }]],
  ])('%s', (text, expected) => {
    expect(claims(text)).toEqual(expected);
  });

  test.each<[string, (string | null)[][]]>([
    // "Another" after a described source is a second source of that description (and its country); a quantifier keeps
    // its words as the speaker's span, as annotators mark it, but describes no source of its own.
    [
      'An Iranian diplomatic source told Reuters the talks were useful. Another, quoted by Al-Araby TV, warned that “negotiations taking place under threat” could impose costs.',
      [['An Iranian diplomatic source', 'An Iranian diplomatic source', 'Iran'], ['Another', 'An Iranian diplomatic source', 'Iran']],
    ],
    ['Both agreed that talks would resume. Neither said “we will leave”. Each said the other had lied.', [['Both', null, null], ['Neither', null, null], ['Each', null, null]]],
    ['Another said the plan would fail.', [['Another', null, null]]], // no source before it to be another of
  ])('unnamed speakers: %s', (text, expected) => {
    const { record } = processArticle(articleFromBody('speakers', text));
    expect(record.claims.map((c) => [c.speakerText, c.speakerDescription, c.speakerAffiliation])).toEqual(expected);
  });

  test.each<[string]>([
    ['She concluded the meeting early.'], // "concluded" reports no clause without "that"
    ['The company made $5 billion last year.'], // verbs of doing are never object cues
    ['Trump signed the bill on Friday.'],
    ['The United States arrived seeking a framework that would cover issues Washington has raised publicly, including human rights.'], // the object of "raised" is "issues", moved out
    ['The talks were held, and ended, without a statement from Oman.'],
    ['That the two sides met again, and agreed to return again, is significant.'], // the sentence opens with a clause, not a speaker
    ['On the surface, this looks like a non-event.'], // a demonstrative holds no view
    ['President Trump, speaking on board Air Force One, arrived.'], // "on board" is where, not what
    ['The victims of the alleged terrorist were innocent bystanders.'], // a cue word after a determiner is an adjective
    ['The areas of those states that Mr. Obama won handily in 2008.'], // a noun before "that" heads a relative clause
  ])('no claim: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });
});

describe('quoted parts of a claim', () => {
  test.each<[string, string[][]]>([
    ['“The talks,” he said, “were very good.”', [['“The talks,”', '“were very good.”']]],
    ['He described them as “very good” and “useful”.', [['“very good”', '“useful”']]],
    ['Iran insisted the discussions focus on the nuclear file.', [[]]],
  ])('%s', (text, expected) => {
    const tokens = tokenize(text);
    const sentences = segment(text);
    const found = findClaims(text, tokens, sentences, findMentions(text, tokens, sentences));
    expect(found.map((c) => c.quotes.map((q) => text.slice(q.start, q.end)))).toEqual(expected);
  });
});

describe('a pronoun speaker, its antecedent resolved', () => {
  test('"she" is no name whose entity is a place, whatever its own type said', () => {
    const text = 'Donna Rawlings watched on the Mall. Kate Mall said it was good. She said she had toured the museum.';
    const tokens = tokenize(text);
    const sentences = segment(text);
    const mentions = findMentions(text, tokens, sentences);
    const speakerOf = (typeOf?: (m: (typeof mentions)[number]) => string | undefined) =>
      findClaims(text, tokens, sentences, mentions, typeOf).find((c) => c.text.startsWith('she had'))?.speakerMention?.text;
    expect(speakerOf()).toBe('Kate Mall');
    // Resolved, "Mall" is the place named first: "she" is the person before it.
    expect(speakerOf((m) => (m.text.endsWith('Mall') ? 'place' : m.type))).toBe('Donna Rawlings');
  });
});

describe('quoted text no one said', () => {
  test.each<[string, boolean]>([
    ['"783493499266084864"', true], // a tweet's id in an embed
    ['"he"', true],
    ['"1,000"', true],
    ['"The Katherinator"', false], // a nickname: a quotation as annotators mark it
    ['“very good”', false],
    ['"No."', false],
  ])('%s → %s', (quote, expected) => {
    expect(notSaid(quote)).toBe(expected);
  });
});

describe('findQuotes', () => {
  test.each<[string, string[]]>([
    ['He said “yes” and “no”.', ['“yes”', '“no”']],
    ['He said "yes" and "no".', ['"yes"', '"no"']],
    ['They know the consequences if “........', []], // an open mark before no words is no quotation
    // Open at the end of a paragraph: on to a close in the next one when that paragraph opens with no mark...
    ['He said, "In the first half it felt good.\n\nWe could have scored." After it, "we lost."', ['"In the first half it felt good.\n\nWe could have scored."', '"we lost."']],
    // ...and to the end of its own paragraph when the next one opens a mark of its own (or closes none).
    ['"One two three.\n\n"Four five." Six', ['"One two three.', '"Four five."']],
    ['He said, "In the first half it felt good.\n\nWe could have scored. After it', ['"In the first half it felt good.']],
    ["Ants as 'self-medicating' and we 've got 'force feed' here.", ["'self-medicating'", "'force feed'"]], // not the clitic 've
    ['They called him the ‘Mets Poet’ back then.', ['‘Mets Poet’']],
    ["He said ''no'' and ''never''.", ["''no''", "''never''"]], // doubled apostrophes, as in some newspaper archives
    // Mixed marks: a curly opener closed by a straight mark after a word, not by an inch mark or a later “quotation”.
    ['“Immunity deals should not be a requirement," Chaffetz said, adding they were handed out "like candy."', ['“Immunity deals should not be a requirement,"', '"like candy."']],
    ['“He is 6\'3" tall,” she said.', ['“He is 6\'3" tall,”']],
    ['"It comes across as “too loud” or “too shrill.”" she said.', ['"It comes across as “too loud” or “too shrill.”"']],
  ])('%s', (text, expected) => {
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(expected);
  });
});
