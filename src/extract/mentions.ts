// Named mentions: capitalised runs, gazetteer hits and force patterns, typed and trimmed to exact spans.
import type { EntityType, Span } from '../schema.js';
import { termAcronyms } from './acronyms.js';
import { armedGroup } from './armed-groups.js';
import { DETERMINERS, lexHit, nameContext, PREPOSITIONS, stripPossessive } from './context.js';
import { refineMentions } from './passes.js';
import { isFrequentWord } from './tagger/features.js';
import { ALLIANCES, armedDescriptionBefore, BACKED, BARE_FORCES, COMMAND_AREAS, DESCRIBED_GROUPS, endsForceName, FORCE_MODIFIERS, FORCE_NOUNS, FORCE_OPENERS, FORCE_SUFFIXES, FORMATIONS, GROUP_DESCRIPTORS, GROUP_NOUNS, NUMBER_WORDS, NUMBERED_UNITS, OPERATION_WORDS, SERVICE_WORDS, SHIP_KINDS, SHIP_PREFIXES, UNIT_NOUNS, UNIT_QUALIFIERS } from './forces.js';
import { countryOfWord, entryOf, isCity, isEnglishWord, isGivenName, isProvince, type LexEntry, lexicon, tokenKey } from './lexicon.js';
import { findToken, PERSON_TAGS, type Token } from './nlp.js';
import { BARE_ORG_HEADS, COUNTRY_BODIES, NOT_ORG_ACRONYMS, LEGAL_FORMS, ORG_NEXT, ORG_PREFIXES, ORG_SUFFIXES } from './organizations.js';
import { HOME_DEMONYMS, LEADER_NEXT, NOT_NAMES, PEOPLE_ADJECTIVES, PEOPLE_GROUPS, PERSON_NEXT, RULE_TITLES, TITLES } from './people.js';
import { BASE_PREFIXES, PLACE_PREFIXES, PLACE_SUFFIXES, SPORTS_WORDS, US_POSTAL } from './places.js';

export interface RawMention {
  type: EntityType;
  start: number;
  end: number;
  text: string;
  sentence: number;
  rule: string;
  /** Canonical name where a gazetteer gives one ("U.S." → "United States"). */
  canonical?: string;
  title?: string;
  affiliation?: string;
  /** The gazetteer's place a body's or a place's proper name holds ("University of Helsinki": Helsinki), no mention. */
  seat?: string;
  formation?: string;
  metonymy?: string;
  /** An untyped name's type by the tagger on weak evidence: resolve uses it only where nothing else types the name. */
  fallback?: EntityType;
}

/** Words that end or follow a firm's name ("Mumford & Sons", "Smith & Nephew plc"): its legal forms and a few more. */
const FIRM_WORDS = new Set([...LEGAL_FORMS, 'Sons', 'Son', 'Associates', 'Partners', 'Co', 'Co.', 'Company', 'Brothers', 'Bros', 'Bros.', 'Group', 'AG', 'SA']);
/** Last words of football clubs' names after a place's. */
const CLUB_WORDS = new Set(['United', 'Rovers', 'Athletic', 'Wanderers', 'Albion', 'Hotspur', 'FC']);
/** A team's name after its city: a capitalised plural ("Lakers", "Chiefs", "76ers"). */
const TEAM_NAME = /^(?:\p{Lu}\p{Ll}+|\d+\p{Ll}+)s$/u;
/** Plurals after a place that name no team: its parties' members, its places, its events (and plurals of places' and
 * bodies' head words: "Gulf States", "Pacific Oceans"). */
const NOT_TEAMS = new Set(['Democrats', 'Republicans', 'Conservatives', 'Liberals', 'Socialists', 'Greens', 'Tories', 'Dems', 'Talks', 'Games', 'Olympics', 'Championships', 'Awards', 'Papers', 'Files', 'Keys', 'Springs', 'Highlands', 'Fields', 'Woods', 'Apartments', 'Estates', 'Suites', 'Docks', 'Bombings', 'Attacks', 'Riots', 'Protests', 'Elections', 'Accords', 'Agreements', 'Residents', 'Voters', 'Senators', 'Lawmakers', 'Officials', 'Conventions', 'Cups', 'Jobs']);
/** Surnames' prefixes before a capital: "McCain", "MacArthur", "DiCaprio", "DeSantis", "LeBron". */
const SURNAME_PREFIX = /^(Mc|Mac|Di|De|Da|Du|Le|La|Van|Von|Fitz)\p{Lu}\p{Ll}+$/u;
/** Offices named by their portfolio: "Home Minister", "Treasury Secretary". */
const PORTFOLIO_OFFICES = new Set(['Minister', 'Secretary']);
/** A body's, a place's or a force's head word ("University", "Sea", "Brigade"). */
const isHeadWord = (w: string): boolean => ORG_SUFFIXES.has(w) || PLACE_SUFFIXES.has(w) || FORCE_SUFFIXES.has(w);
/** First words of clubs' names before a place's: "Real Madrid", "Bayern Munich", "Inter Milan". */
const CLUB_OPENERS = new Set(['Real', 'Atletico', 'Atlético', 'Bayern', 'Borussia', 'Inter', 'AC', 'FC', 'Sporting', 'Olympique', 'Dynamo', 'Dinamo', 'Spartak', 'CSKA', 'Lokomotiv', 'Partizan', 'Red Star']);
/** Heads of states' names, kept out of the tagger's place head words (they would change its features). */
const STATE_HEADS = new Set(['Empire', 'Kingdom', 'Republic', 'Caliphate', 'Sultanate', 'Khanate', 'Emirate', 'Duchy', 'Principality']);
/** Words that name a storm with the name after them. */
const STORMS = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm']);
/** A generation's suffix after a name: "Jr.", "Sr", "III". */
const GENERATIONS = /^(Jr|Sr|II|III|IV)\.?$/;
/** Last words of names written with a period that belongs to the name. */
const ABBREVIATED_ENDS = new Set(['Jr', 'Sr', 'Inc', 'Ltd', 'Corp', 'Co']);
/** Caption labels that close a name before a colon: "Ahmed Mohamed Image: Twitter". */
const CAPTION_WORDS = new Set(['Image', 'Photo', 'File', 'Source', 'Credit', 'Video']);
/** A life's span in brackets: "(born 1952)", "(1911–1945)", "(30 September 1911 – 2 May 1945)", "(c. 1450 – 1520)". */
const LIFESPAN = /^\s*\(\s*(born\b|b\.\s*\d|(c\.\s*)?([\p{L}\d ,.]{0,20}\s)?\d{3,4}\s*[–—-]\s*([\p{L}\d ,.]{0,20}\s)?\d{3,4}\s*\))/u;
/** Last words of names that a span of years follows but no person bears ("the Zorbian Empire (1200–1400)"). */
const SPANNED_THINGS = new Set(['Empire', 'Dynasty', 'Kingdom', 'Republic', 'Caliphate', 'Sultanate', 'Khanate', 'Union', 'Confederation', 'Federation', 'Era', 'Period', 'Age', 'War', 'Wars', 'Revolution', 'Company', 'Party', 'Church', 'Order', 'League', 'Series', 'Show']);
/** Particles of Arabic names, capitalised and joined by a hyphen to the name ("Al-Shabaab", "Abu-Bakr"). */
const ARABIC_PARTICLES = new Set(['Al', 'El', 'Ad', 'Ar', 'As', 'An', 'Abu', 'Bin', 'Ibn', 'Bani', 'Beni']);
/**
 * The Arabic article in lower case, as English text writes it inside names ("al-Qaeda", "el-Sisi"), also as it sounds
 * before some letters ("Deir ez-Zor", "Ahrar ash-Sham", "Izz ad-Din", "Jisr ash-Shughur").
 */
const ARABIC_ARTICLES = new Set(['al', 'el', 'ad', 'ar', 'as', 'an', 'ash', 'az', 'ez', 'es', 'ed', 'at', 'ath', 'ud', 'ul']);
const CONNECTORS = new Set(['of', 'de', 'al', 'bin', 'bint', 'ibn', 'van', 'von', 'der', 'den', 'la', 'du', 'del', 'da']);
/** The Persian and Urdu link between two words of a name, between hyphens: "Tehreek-e-Insaf", "Tehrik-i-Taliban". */
const IZAFE = new Set(['e', 'i', 'ul', 'ud', 'ut', 'us', 'ur', 'o']);
const NEVER_NAMES = new Set(['Date', 'Month', 'WeekDay', 'Pronoun', 'Holiday', 'Expression']);
/** Faiths whose names do not end in "-ism" ("Judaism", "Buddhism" do). */
const FAITHS = new Set(['Christianity', 'Islam', 'Sikhi', 'Jainism', 'Shinto', 'Wicca', 'Zoroastrianism']);
/** Degrees' first words ("Master of Business Administration"). */
const DEGREES = new Set(['Master', 'Masters', 'Bachelor', 'Bachelors', 'Doctor', 'Associate']);
/** Months, which compromise sometimes reads as names. */
const MONTHS = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']);
/** Compass words that belong to the place name they precede ("Eastern Europe", "South East Asia"). */
const DIRECTIONS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Upper', 'Lower']);
/** Head words that make a place's name the name of another place ("Jersey City", "Hong Kong Island", "Kansas River"). */
const GEO_HEADS = new Set(['City', 'Island', 'Islands', 'Province', 'Region', 'River', 'Valley', 'Peninsula', 'Bay', 'Coast', 'County']);
/** Titles of address, which name no office: "the Mr." is never a mention. */
const HONORIFICS = new Set(['Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Miss', 'Dr', 'Dr.', 'Sir', 'Dame', 'Lord', 'Lady', 'Father']);
/** Head words of institutions named on with "for" or "on": "Centre for ...", "Council on ...". */
const FOR_HEADS = new Set(['Centre', 'Center', 'Observatory', 'Council', 'Commission', 'Committee', 'Institute', 'Foundation', 'Office', 'Agency', 'Society', 'Association', 'Coalition', 'Alliance', 'Campaign', 'Fund', 'Board', 'Ministry', 'Department', 'Secretary', 'Commissioner', 'Institution', 'School', 'Academy', 'Union', 'Trust', 'Party', 'Movement', 'Forum', 'Programme', 'Program', 'Authority', 'Bureau', 'Organization', 'Organisation', 'Hospital', 'College', 'University', 'Laboratory', 'Museum']);
/** Compass words that name a region on their own after "the". */
const REGION_WORDS = new Set(['North', 'South', 'East', 'West', 'Midwest', 'Northeast', 'Northwest', 'Southeast', 'Southwest']);
const FUNCTION_TAGS = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'QuestionWord', 'Modal', 'Copula'];
/** A portfolio before "Minister" is a noun, not a function word or an adverb ("So Secretary Cardona"). */
const NOT_PORTFOLIO_TAGS = [...FUNCTION_TAGS, 'Adverb'];
/** Words that open a clause, capitalised after a colon, a quote mark or an abbreviation's period. */
const CLAUSE_OPENERS = new Set(['When', 'While', 'Whilst', 'Both', 'If', 'Although', 'Though', 'Because', 'Whether', 'Unless', 'Whereas', 'Since', 'After', 'Before', 'As', 'But', 'And', 'Or', 'So', 'Yet', 'Then', 'Once', 'Until', 'Where', 'Why', 'How', 'What', 'Who', 'Neither', 'Either']);
/** A word of a dateline's place, in capitals: "WASHINGTON", "ST.", "PORT-AU-PRINCE". */
const DATELINE_WORD = /^\p{Lu}[\p{Lu}'’.-]*\p{Lu}\.?$/u;
/** What follows a dateline's place: its state or country after a comma (group 1), an agency in brackets, a dash. */
const DATELINE_AFTER = /^(,\s*\p{Lu}[^,\n—–]{0,28}?)?\s*(?:\([\p{L}. ]{2,20}\)\s*)?(?:—|–|--?)\s/u;
const NAMED_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym', 'FirstName', 'LastName'];
/** A word in capitals as a name is written: "PORT-AU-PRINCE" → "Port-Au-Prince", "O'NEIL" → "O'Neil". */
const titleCased = (w: string): string => w.toLowerCase().replace(/(^|[-'’.])\p{Ll}/gu, (c) => c.toUpperCase());
/** Kinds of work written before a work's title ("the film Oppenheimer", "his novel Mrs Dalloway"). */
const WORK_NOUNS = new Set(['novel', 'novella', 'film', 'movie', 'book', 'memoir', 'memoirs', 'autobiography', 'album', 'song', 'play', 'opera', 'musical', 'poem', 'painting', 'sculpture', 'series', 'sitcom', 'documentary', 'episode', 'show', 'programme', 'essay', 'symphony', 'ballet']);
/** What a work's maker did, after the maker's name in a relative clause ("the film Paramount released"). */
const MAKING_VERBS = new Set(['released', 'published', 'produced', 'made', 'directed', 'wrote', 'written', 'sang', 'recorded', 'performed', 'distributed', 'funded', 'commissioned', 'cancelled', 'canceled', 'aired', 'broadcast', 'painted', 'composed', 'starred', 'created']);
const WORK_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'this', 'that', 'whose']);
/** The last words of awards' names ("Pulitzer Prize", "Templeton Award", "Fields Medal"). */
const AWARD_HEADS = new Set(['Prize', 'Prizes', 'Award', 'Awards', 'Medal', 'Trophy', 'Fellowship', 'Scholarship']);
/** Offices that are "of" a department: "Secretary of Defense", "Minister of National Defense". */
const OFFICES = new Set(['Secretary', 'Minister', 'Director', 'Chief', 'Commander', 'Chairman', 'Chairwoman', 'Governor', 'Ambassador', 'Spokesman', 'Spokeswoman', 'Spokesperson']);
/** Tags compromise gives from its word lists, not from a capital. */
const LISTED_TAGS = ['Person', 'Place', 'Organization', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Country', 'City', 'Region'];
/** The words of military bases' first words ("Naval Air Station"), split once. */
const BASE_KEYS = BASE_PREFIXES.map(tokenKey);
/** Titles as words without their final period, longest first, by first word. */
const titleKeys = new Map<string, string[][]>();
for (const key of [...TITLES, ...RULE_TITLES].map((t) => tokenKey(t).map((w) => w.replace(/\.$/, ''))).sort((a, b) => b.length - a.length)) {
  titleKeys.set(key[0]!, [...(titleKeys.get(key[0]!) ?? []), key]);
}

export function findMentions(body: string, tokens: Token[], sentences: Span[]): RawMention[] {
  const lex = lexicon();
  const terms = termAcronyms(body);
  const cx = nameContext(body, tokens, sentences);
  const { sentenceOf, startsSentence, joined, word, unknownWord, citedAuthor, alwaysAfterDeterminer, opensPaperName, inCapitalsLine, inTitleCaseLine, byNumber, roleBefore, roleOfBefore, appositiveRole, locative } = cx;
  // Words written with a capital inside sentences somewhere in the article: at a sentence start they are names too.
  // (Not in a title-case headline, where every word has one.)
  const namesInText = new Set(tokens.filter((t, i) => !startsSentence[i] && /^\p{Lu}/u.test(t.text) && !t.tags.has('Determiner') && !inTitleCaseLine(i)).map((t) => stripPossessive(t.text)));
  const isCap = (i: number): boolean => {
    const t = tokens[i];
    if (!t || claimed[i]) return false;
    // "101st Airborne Division", "5th Fleet": an ordinal opens a capitalised name.
    if (/^\d+(st|nd|rd|th)$/.test(t.text)) return joined(i) && /^\p{Lu}/u.test(tokens[i + 1]!.text);
    // "16 Air Assault Brigade", "40 Commando", "No. 6 Squadron": British units are numbered by cardinals.
    if (/^\d{1,3}$/.test(t.text)) return numberedUnit(i);
    if (t.text === 'No' && t.post === '. ' && /^\d{1,3}$/.test(tokens[i + 1]?.text ?? '')) return numberedUnit(i + 1);
    // (A word the tagger calls an interjection may open a hyphenated name: "Hwang Hee-Chan".)
    const hyphenated = t.post === '-' && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '');
    // ("U.S" is no pronoun "us", though the tagger reads it so.)
    const initialism = /^\p{Lu}\.?\p{Lu}/u.test(t.text);
    // "Patrizia d'Ettorre", "Valéry d'Estaing": a particle and a capital continue a name.
    if (/^[dl]['’]\p{Lu}/u.test(t.text) && i > 0 && joined(i - 1) && /^\p{Lu}/u.test(tokens[i - 1]!.text)) return true;
    if (/^\p{Lu}/u.test(t.text) && t.tags.has('Date') && opensPaperName(i)) return true; // "The Sunday Times"
    // "Sandra Day O'Connor": a word of dates between a given name and a surname is a middle name.
    if (/^\p{Lu}/u.test(t.text) && t.tags.has('Date') && i > 0 && joined(i - 1) && tokens[i - 1]!.tags.has('FirstName') && joined(i) && tokens[i + 1]?.tags.has('LastName')) return true;
    if (t.text === '&') return firmAmpersand(i);
    // "Al-Shabaab", "Abu-Bakr" at a sentence's start: an Arabic particle joined to a name opens it.
    if (hyphenated && ARABIC_PARTICLES.has(t.text)) return true;
    // "joined al-Qaeda", "the al-Nusra Front": a lower-case article joined to a name opens it (inside a name it is a
    // connector already: "Bashar al-Assad").
    if (hyphenated && ARABIC_ARTICLES.has(t.text) && !(i > 0 && joined(i - 1) && /^\p{Lu}/u.test(tokens[i - 1]!.text) && !tokens[i - 1]!.tags.has('Determiner'))) return true;
    // (A word compromise calls an interjection is a name where it labels what follows and the article writes it
    // capitalised inside a sentence: "Pence: Flowers won't be at the debate" in an article on Mike Pence.)
    const named = (g: string) => g === 'Expression' && (hyphenated || (t.post.startsWith(':') && namesInText.has(t.text)));
    if (!/^\p{Lu}/u.test(t.text) || [...t.tags].some((g) => NEVER_NAMES.has(g) && !named(g) && !(initialism && g === 'Pronoun'))) return false;
    if (CAPTION_WORDS.has(t.text) && t.post.startsWith(':')) return false;
    // "ENRON.XLS", "TEXT.htm": a file's name, no name of anyone's.
    if (/\.(xlsx?|docx?|html?|pdf|txt|jpe?g|png|gif|csv|pptx?|zip)$/i.test(t.text)) return false;
    // "09:37 AM", "at 8 PM": a time's half of the day, no name.
    if (/^[AP]\.?M\.?$/.test(t.text) && /^\d{1,2}([:.]\d{2})?$/.test(tokens[i - 1]?.text ?? '')) return false;
    // A month before a day or a year is a date ("(April 9, 1921 –": compromise reads the month after a bracket as a name).
    // (Not a surname: "Theresa May 2019".)
    if (MONTHS.has(t.text) && /^\d{1,4}(st|nd|rd|th)?$/.test(tokens[i + 1]?.text ?? '') && /^\s+$/.test(t.post) && !(i > 0 && joined(i - 1) && /^\p{Lu}/u.test(tokens[i - 1]!.text))) return false;
    if (/^\p{Lu}{2,}$/u.test(t.text) && t.pre.includes('(') && t.post.startsWith(')')) return true; // "(WHO)" is a short name
    // "pro-Beijing", "i-Nick", "a mini-MMPI": a lower-case word joined by a hyphen makes a word of the name, no mention
    // of it (not a particle: "Suleiman al-Amr"); "Pro-Beijing", "Anti-Trump": a stance.
    if (tokens[i - 1]?.post === '-' && ((/^\p{Ll}+$/u.test(tokens[i - 1]!.text) && !CONNECTORS.has(tokens[i - 1]!.text) && !ARABIC_ARTICLES.has(tokens[i - 1]!.text) && !izafe(i - 1)) || /^(pro|anti)$/i.test(tokens[i - 1]!.text))) return false;
    if (/^(Pro|Anti)$/.test(t.text) && t.post === '-') return false;
    // "Pan-democrat", "Co-founder": a common word joined to another, not a name's syllable (nor a gazetteer name:
    // "Iran-backed").
    if (t.post === '-' && isEnglishWord(t.text) && /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '') && !nameSyllable(i + 1) && !lex.root.next.has(t.text) && !lex.demonyms.has(t.text)) return false;
    // A capitalised preposition before "the" opens a clause, not a name ("... Regina Ip In the Hong Kong Island ...").
    if (PREPOSITIONS.has(t.text) && /^(the|a|an)$/.test(tokens[i + 1]?.text ?? '')) return false;
    // "...whites: When Mr. Sanders", "“Both Donald Trump and ...", "the U.S. While Clinton ...": a clause opens
    // inside a sentence; a conjunction there is no name's first word.
    // (Inside a name it stays: "Doctor Who", "Wilson Or".)
    const opensRun = i === 0 || !joined(i - 1) || !/^\p{Lu}/u.test(tokens[i - 1]!.text) || tokens[i - 1]!.text.endsWith('.');
    if (!startsSentence[i] && CLAUSE_OPENERS.has(t.text) && opensRun) return false;
    // In a line in capitals ("JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT") a frequent English word is a word, unless
    // a word list, a gazetteer or the article's running text names it ("CHINA": compromise's countries).
    if (/^\p{Lu}{2,}$/u.test(t.text) && inCapitalsLine(i) && isFrequentWord(t.lower) && isEnglishWord(t.lower)) {
      const title = titleCased(t.text);
      const listed = lex.root.next.has(title) || lex.root.next.has(t.text) || (i > 0 && joined(i - 1) && !!lex.root.next.get(titleCased(tokens[i - 1]!.text))?.next.has(title));
      if (!LISTED_TAGS.some((g) => t.tags.has(g)) && !listed && !namesInText.has(title)) return false;
    }
    if (!startsSentence[i] && !inTitleCaseLine(i)) return true;
    // In a title-case headline every word is capitalised: a name only where a word list, a gazetteer, a title or the
    // article's running text says so (compromise reads every capital there as a proper noun).
    // (A first name or an initial is followed by the surname: "Donald Trump", "George W. Bush".)
    const afterFirstName = i > 0 && joined(i - 1) && (tokens[i - 1]!.tags.has('FirstName') || /^\p{Lu}\.?$/u.test(tokens[i - 1]!.text));
    if (!startsSentence[i] && !FUNCTION_TAGS.some((g) => t.tags.has(g))) return afterFirstName || LISTED_TAGS.some((g) => t.tags.has(g)) || namesInText.has(stripPossessive(t.text)) || lexHit(lex.root, tokens, i, joined) !== undefined || titleAt(i, tokens.length) !== undefined || unknownWord(i);
    // Sentence-initial capitals are names only when the tagger, a gazetteer, a title or the rest of the article says so.
    // ("WHO say", "US officials": letters in capitals that a gazetteer knows are no question word or pronoun.)
    if (FUNCTION_TAGS.some((g) => t.tags.has(g))) return initialism && /^[\p{Lu}.]+$/u.test(t.text) && lexHit(lex.root, tokens, i, joined) !== undefined;
    // (A demonym opening a name: "Finnish Defence Forces said", "Irish Rail".)
    const demonymOpens = lex.demonyms.has(t.text) && joined(i) && /^\p{Lu}/u.test(tokens[i + 1]!.text);
    // (Nor is a word with a capital inside it a common word: "SpaceX launched", "YouTube said"; a user's handle after
    // "@" is left to the tagger, "@ JohnKav1 Probably ...".)
    const camel = /^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u.test(t.text) && tokens[i - 1]?.text !== '@';
    return NAMED_TAGS.some((g) => t.tags.has(g)) || namesInText.has(stripPossessive(t.text)) || lexHit(lex.root, tokens, i, joined) !== undefined || titleAt(i, tokens.length) !== undefined || unknownWord(i) || armedGroupAt(i) || demonymOpens || camel;
  };
  /** "Al-Shabaab attacked", "Ansar al-Islam said": an armed group's name in the dictionary opens the sentence. */
  const armedGroupAt = (i: number): boolean => {
    for (let j = i; j < Math.min(tokens.length, i + 5); j++) {
      if (armedGroup(stripPossessive(body.slice(tokens[i]!.start, tokens[j]!.end)))) return true;
      if (!joined(j)) break;
    }
    return false;
  };
  /**
   * "Procter & Gamble", "Johnson & Johnson", "Mumford & Sons", "Smith & Nephew plc": an ampersand joins two capitalised
   * words into one name where it names a firm: the tagger knows it as one, or a firm's word ends it or follows it. Not
   * pairs of people or places ("Shane & Jonah", "France & Germany"): in the six NER corpora those are as common.
   */
  const firmAmpersand = (i: number): boolean => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (!prev || !next || !joined(i - 1) || !joined(i) || !/^\p{Lu}\p{Ll}/u.test(prev.text) || !/^\p{Lu}\p{Ll}/u.test(next.text)) return false;
    const after = joined(i + 1) ? word(i + 2) : '';
    return tokens[i]!.tags.has('Organization') || FIRM_WORDS.has(word(i + 1)) || ORG_SUFFIXES.has(after) || FIRM_WORDS.has(after);
  };
  const listedTitleAt = (i: number, j: number) => i < j ? titleKeys.get(word(i).replace(/\.$/, ''))?.find((key) => key.every((w, k) => i + k < j && word(i + k).replace(/\.$/, '') === w)) : undefined;
  /**
   * A listed title, extended by the department an office is of: "Secretary of Defense Jim Mattis", "Minister of
   * National Defense Nurettin Canikli". The department ends before a first name, else before the last two words.
   */
  const titleAt = (i: number, j: number): string[] | undefined => {
    const key = listedTitleAt(i, j) ?? portfolioTitleAt(i, j);
    const of = i + (key?.length ?? 0);
    if (!key || !OFFICES.has(key.at(-1)!) || word(of) !== 'of' || !joined(of - 1) || !joined(of)) return key;
    let end = of + 1;
    while (end < j && end - of <= 6 && /^\p{Lu}/u.test(word(end)) && joined(end - 1)) end++;
    const first = findToken(tokens, of + 2, end, (t) => t.tags.has('FirstName'));
    const stop = first !== -1 ? first : end - of - 1 >= 3 ? end - 2 : -1;
    return stop > of + 1 ? [...key, ...tokens.slice(of, stop).map((t) => t.text)] : key;
  };

  /**
   * "Home Minister Amit Shah", "Trade Minister Piyush Goyal", "Treasury Secretary Scott Bessent": an English word
   * before "Minister" or "Secretary" is the office's portfolio, which no list holds in full.
   */
  const portfolioTitleAt = (i: number, j: number): string[] | undefined => {
    const t = tokens[i]!;
    if (i + 2 >= j || !PORTFOLIO_OFFICES.has(tokens[i + 1]!.text) || !joined(i) || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !isEnglishWord(t.lower) || NOT_PORTFOLIO_TAGS.some((g) => t.tags.has(g))) return undefined;
    return [t.text, tokens[i + 1]!.text];
  };

  /** An izafe between hyphens and capitalised words ("Tehreek-e-Insaf"). */
  const izafe = (k: number): boolean => IZAFE.has(tokens[k]?.text ?? '') && tokens[k - 1]?.post === '-' && tokens[k]!.post === '-' && /^\p{Lu}/u.test(tokens[k - 1]!.text) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '');
  /**
   * "Cheng Chung-tai", "Lee Cheuk-yan", "Leung Kwok-hung", "Kim Min-Woo": a short part after a hyphen inside a name
   * (not "Iran-backed"); a lower-case one no adjective and no participle ("hung" may be a syllable, "backed" not).
   */
  const nameSyllable = (j: number): boolean => {
    const t = tokens[j]!;
    const prev = tokens[j - 1]!;
    if (prev.post !== '-' || lex.root.next.has(prev.text) || lex.demonyms.has(prev.text)) return false;
    if (/^\p{Lu}\p{Ll}{1,5}$/u.test(t.text)) return true;
    // ("-ting" and "-ching" after a short capitalised syllable are syllables too: "Lam Cheuk-ting", "Yau Wai-ching".)
    const syllableBefore = /^\p{Lu}\p{Ll}{1,4}$/u.test(prev.text) && t.text.length <= 5;
    return /^\p{Ll}{1,6}$/u.test(t.text) && !t.tags.has('Adjective') && (syllableBefore || !(t.tags.has('Verb') && (t.tags.has('Participle') || /(ed|ing)$/.test(t.text))));
  };
  // In a match report countries are teams: "Sweden defeated South Korea 1 – 0".
  const sportsArticle = tokens.filter((t) => SPORTS_WORDS.has(t.lower)).length >= 8;
  const out: RawMention[] = [];
  const make = (i: number, j: number, type: EntityType, rule: string, extra: Partial<RawMention> = {}): void => {
    const start = tokens[i]!.start;
    let end = tokens[j - 1]!.end;
    const last = tokens[j - 1]!.text;
    const trimmed = stripPossessive(last);
    end -= last.length - trimmed.length;
    // A person's name ends at a slash: "Mass Communication Specialist 2nd Class John Doe/Released".
    const slash = type === 'person' && j - i > 1 ? trimmed.indexOf('/') : -1;
    if (slash > 0) end -= trimmed.length - slash;
    // An abbreviation's period is the name's: "Martin Luther King Jr.", "Atlantic Lottery Corporation, Inc.".
    if (j - i > 1 && last === trimmed && ABBREVIATED_ENDS.has(last) && tokens[j - 1]!.post.startsWith('.')) end++;
    if (end <= start) return;
    const canonical = slash > 0 && extra.canonical?.includes('/') ? extra.canonical.slice(0, extra.canonical.indexOf('/')) : extra.canonical;
    out.push({ type, start, end, text: body.slice(start, end), sentence: sentenceOf[i]!, rule, ...extra, ...(canonical === undefined ? {} : { canonical }) });
  };

  // Forces and bodies named by a country or demonym and a lower-case noun ("US forces", "the Iranian navy",
  // "the American delegation") claim their tokens first.
  const claimed = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; i++) {
    const place = lexHit(lex.root, tokens, i, joined);
    const twoWords = joined(i) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '') ? lex.demonyms.get(`${word(i)} ${word(i + 1)}`) : undefined; // "Sri Lankan army"
    // "NATO forces", "UN peacekeepers": an alliance's forces, the alliance a name of its own.
    const alliance = !twoWords && place?.entry.type === 'organization' && ALLIANCES.has(place.entry.canonical) ? place.entry.canonical : undefined;
    const affiliation = twoWords ?? lex.demonyms.get(word(i)) ?? (place?.entry.type === 'place' ? place.entry.canonical : undefined);
    if (!(affiliation || alliance) || (tokens[i - 1]?.lower === 'pro' && tokens[i - 1]!.post === '-')) continue; // "Pro-Iranian militias": below
    const name = twoWords ? i + 2 : place && (place.entry.type === 'place' || alliance) ? place.end : i + 1;
    // "Ukraine's navy", "Iraq's security forces": a country's possessive before a force noun (not before a body:
    // "Iran's government" is the country's and stays a place).
    const possessive = !twoWords && place?.entry.type === 'place' && /['’]s$/.test(tokens[name - 1]!.text) && /^\s+$/.test(tokens[name - 1]!.post) && sentenceOf[name] === sentenceOf[i];
    const link = (k: number) => (k === name - 1 && possessive) || joined(k);
    // ("Iraqi security forces", "Syrian government troops": one or two lower-case modifiers before a force noun.)
    let after = name;
    for (const k of [1, 2]) {
      const modifiers = tokens.slice(name, name + k);
      // (Written with a capital too: "Iraqi Government forces".)
      if (modifiers.length === k && modifiers.every((t, x) => FORCE_MODIFIERS.has(t.lower) && link(name + x - 1)) && FORCE_NOUNS.has(tokens[name + k]?.text ?? '')) after = name + k;
    }
    const nounAt = (n: number) => tokens.slice(after, after + n).map((t) => t.text).join(' ');
    const n = [2, 1].find((n) => after + n <= tokens.length && (FORCE_NOUNS.has(nounAt(n)) || (after === name && !possessive && !alliance && COUNTRY_BODIES.has(nounAt(n)))) && sentenceOf[after + n - 1] === sentenceOf[i] && (n === 1 || joined(after)));
    if (n === undefined || !link(after - 1)) continue;
    const noun = tokens.slice(name, after + n).map((t) => t.lower).join(' ');
    const force = FORCE_NOUNS.has(nounAt(n));
    make(i, after + n, force ? 'force' : 'organization', force ? 'force:country-noun' : 'organization:country-body', { affiliation, canonical: `${affiliation ?? alliance} ${noun}` });
    claimed.fill(true, alliance ? name : i, after + n); // (a country inside is a place of its own already: refineMentions)
    i = after + n - 1;
  }

  // Datelines: "WASHINGTON —", "TAMPA, Fla. –", "KYIV, Ukraine (AP) —". A name in capitals opening the article or a
  // paragraph, before a dash (after its state or country, or an agency's name), is the place the story is filed from,
  // not an acronym. Without a state or country it must be a known place ("BIG MISTAKE -" heads a review).
  for (let i = 0; i < tokens.length; i++) {
    if (!(i === 0 || tokens[i - 1]!.post.includes('\n')) || !DATELINE_WORD.test(tokens[i]!.text)) continue;
    let j = i + 1;
    while (j < tokens.length && DATELINE_WORD.test(tokens[j]!.text) && /^[ -]$/.test(tokens[j - 1]!.post)) j++;
    const after = DATELINE_AFTER.exec(body.slice(tokens[j - 1]!.end, tokens[j - 1]!.end + 60));
    if (!after) continue;
    const name = tokens.slice(i, j).map((t) => titleCased(t.text)).join(' ');
    // (A country, capital, state or region of the gazetteer, a city or a province: "Tampa" is a city only.)
    // ("SOUTHWEST ASIA –", CENTCOM's dateline: a direction before a known place.)
    const place = (n: string) => entryOf(lex.root, n)?.type === 'place' || isCity(n) || isProvince(n);
    if (!after[1] && !place(name) && !(DIRECTIONS.has(name.split(' ')[0]!) && place(name.slice(name.indexOf(' ') + 1)))) continue;
    make(i, j, 'place', 'place:dateline', { canonical: name });
    claimed.fill(true, i, j);
  }

  // "Houston, TX", "Bartlesville, OK": a state's postal code after a capitalised word and a comma is the state, not an
  // acronym (words written in capitals too, "OK", "IN", "OR", "ME", "HI", only after a known city).
  for (let i = 1; i < tokens.length; i++) {
    const state = US_POSTAL[tokens[i]!.text];
    const prev = tokens[i - 1]!;
    if (!state || claimed[i] || prev.post !== ', ' || !/^\p{Lu}\p{Ll}/u.test(prev.text) || startsSentence[i - 1] && !isCity(prev.text)) continue;
    if (/^(OK|IN|OR|ME|HI)$/.test(tokens[i]!.text) && !isCity(prev.text)) continue;
    make(i, i + 1, 'place', 'place:state', { canonical: state });
    claimed[i] = true;
  }

  // Armed groups described, not named ("regime forces", "Coalition military forces", "Kurdish fighters"): the
  // description, up to two modifiers and a force noun, is the force; the words are claimed as a force's.
  for (let i = 0; i < tokens.length; i++) {
    if (claimed[i] || !GROUP_DESCRIPTORS.has(tokens[i]!.text) && !(startsSentence[i] && GROUP_DESCRIPTORS.has(tokens[i]!.lower))) continue;
    if (i > 0 && joined(i - 1) && /^\p{Lu}/u.test(tokens[i - 1]!.text) && !startsSentence[i] && !DETERMINERS.has(tokens[i - 1]!.lower)) continue; // inside a name
    let j = i + 1;
    while (j < i + 3 && FORCE_MODIFIERS.has(tokens[j]?.text ?? '') && joined(j - 1)) j++;
    // ("the Houthi movement" is the Houthis too.)
    const noun = GROUP_NOUNS.has(tokens[j]?.text ?? '') || (tokens[j]?.text === 'movement' && DESCRIBED_GROUPS[tokens[i]!.text] !== undefined);
    if (!noun || !joined(j - 1) || sentenceOf[j] !== sentenceOf[i] || claimed[j]) continue;
    const words = tokens.slice(i, j + 1).map((t, n) => (n === 0 && /^\p{Lu}\p{Ll}/u.test(t.text) && GROUP_DESCRIPTORS.has(t.lower) ? t.lower : t.text));
    const named = entryOf(lex.root, DESCRIBED_GROUPS[tokens[i]!.text] ?? '');
    // ("Coalition forces" are the coalition "the coalition" names later: one entity.)
    const canonical = words[0] === 'coalition' && j === i + 1 ? 'coalition' : words.join(' ');
    make(i, j + 1, 'force', 'force:group-description', { canonical: named?.canonical ?? canonical, affiliation: named?.affiliation });
    claimed.fill(true, i, j + 1);
    i = j;
  }

  // Armed groups described by who backs or leads them ("Iranian-backed militias", "US-backed forces", "Kurdish-led
  // forces", "pro-Russian separatists"): the description is the force; its backer is not its affiliation.
  const backer = (k: number) => lex.demonyms.has(word(k)) || GROUP_DESCRIPTORS.has(word(k)) || lexHit(lex.root, tokens, k, joined)?.entry.type === 'place';
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (claimed[i]) continue;
    // ("pro-Russian" is one token, "Pro-Russian" at a sentence's start three.)
    const proOne = /^pro-\p{Lu}/u.test(tokens[i]!.text) && (lex.demonyms.has(tokens[i]!.text.slice(4)) || GROUP_DESCRIPTORS.has(tokens[i]!.text.slice(4)));
    // ("U.S.-backed" is one token too.)
    const byOne = /^(.+)-(\p{Ll}+)$/u.exec(tokens[i]!.text);
    const backedOne = !!byOne && BACKED.has(byOne[2]!) && entryOf(lex.root, byOne[1]!)?.type === 'place';
    const described = proOne || backedOne || (tokens[i]!.post === '-' && ((BACKED.has(tokens[i + 1]!.lower) && backer(i)) || (tokens[i]!.lower === 'pro' && backer(i + 1) && tokens[i + 1]!.post === ' ')));
    let j = proOne || backedOne ? i + 1 : i + 2;
    while (j < i + 4 && FORCE_MODIFIERS.has(tokens[j]?.text ?? '') && joined(j - 1)) j++;
    if (!described || !GROUP_NOUNS.has(tokens[j]?.text ?? '') || !joined(j - 1) || sentenceOf[j] !== sentenceOf[i] || claimed[j]) continue;
    make(i, j + 1, 'force', 'force:backed-group', { canonical: body.slice(tokens[i]!.start, tokens[j]!.end).replace(/^Pro-/, 'pro-') });
    claimed.fill(true, i, j + 1);
    i = j;
  }

  // Coalitions: "the US-led coalition", "a Saudi-led coalition" are forces named by their leader; "the coalition"
  // after one (or after "Coalition forces") is that coalition again.
  let coalition: string | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lower !== 'coalition' || claimed[i]) {
      if (t.lower === 'coalition' && claimed[i] && coalition === null) coalition = 'coalition'; // "Coalition forces" opened the story
      continue;
    }
    // ("U.S.-led" is one token, "US-led" three.)
    const ledOne = /^(.+)-led$/.exec(tokens[i - 1]?.text ?? '');
    const led = ledOne ? i - 1 : tokens[i - 1]?.lower === 'led' && tokens[i - 2]?.post === '-' ? i - 2 : -1;
    const hit = led >= 0 && !ledOne ? lexHit(lex.root, tokens, led, joined) : undefined;
    const place = (e: LexEntry | undefined) => (e?.type === 'place' ? e.canonical : undefined);
    const leader = ledOne ? (countryOfWord(ledOne[1]!) ?? place(entryOf(lex.root, ledOne[1]!))) : led >= 0 ? (countryOfWord(tokens[led]!.text) ?? place(hit?.entry)) : undefined;
    if (leader) {
      coalition = `${leader}-led coalition`;
      make(led, i + 1, 'force', 'force:led-coalition', { canonical: coalition, affiliation: leader });
      claimed.fill(true, led, i + 1);
    } else if (coalition && /^(the|The)$/.test(tokens[i - 1]?.text ?? '') && !/^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) {
      make(i, i + 1, 'force', 'force:the-coalition', { canonical: coalition });
      claimed[i] = true;
    }
  }

  // Bibliographies invert names: "Austen, Jane. Pride and Prejudice", "Marx, Karl and Engels, Friedrich.": a surname
  // opening a sentence (or after "and"), a comma, a first name (and a middle name), then a period or "and".
  for (let a = 0; a + 2 < tokens.length; a++) {
    const surname = tokens[a]!;
    if (claimed[a] || !/^\p{Lu}\p{Ll}+$/u.test(surname.text) || surname.post !== ', ' || !(startsSentence[a] || /^(and|&)$/.test(tokens[a - 1]?.text ?? ''))) continue;
    if (!tokens[a + 1]!.tags.has('FirstName') || sentenceOf[a + 1] !== sentenceOf[a]) continue;
    const last = joined(a + 1) && /^\p{Lu}\p{Ll}+$/u.test(tokens[a + 2]!.text) ? a + 2 : a + 1;
    if (!(tokens[last]!.post.startsWith('.') || tokens[last + 1]?.text === 'and')) continue;
    make(a, last + 1, 'person', 'person:inverted', { canonical: `${body.slice(tokens[a + 1]!.start, tokens[last]!.end)} ${surname.text}` });
    claimed.fill(true, a, last + 1);
  }

  for (let i = 0; i < tokens.length; ) {
    if (!isCap(i)) {
      i++;
      continue;
    }
    // A maximal capitalised run, allowing name connectors ("University of Helsinki", "Osama bin Laden").
    let j = i + 1;
    while (j < tokens.length && joined(j - 1)) {
      if (isCap(j)) j++; // (a caption label before a colon is no name: "Ahmed Mohamed Image: ...")
      // (Not to a number: "the Royal Marines of 40 Commando" are two forces.)
      else if ((CONNECTORS.has(tokens[j]!.text) || ((ARABIC_ARTICLES.has(tokens[j]!.text) || izafe(j)) && tokens[j]!.post === '-')) && joined(j) && isCap(j + 1) && !/^\d/.test(tokens[j + 1]!.text) && !startsSentence[j]) j += 2;
      // Two particles: "Ursula von der Leyen", "Rafael van der Vaart", "Jean de la Fontaine".
      else if (CONNECTORS.has(tokens[j]!.text) && CONNECTORS.has(tokens[j + 1]?.text ?? '') && tokens[j]!.text !== 'of' && joined(j) && joined(j + 1) && isCap(j + 2) && !startsSentence[j]) j += 3;
      // "Australian Centre for Control of ...", "Council on American-Islamic Relations": an institution's head word and
      // "for" or "on" go on with its name.
      else if ((tokens[j]!.text === 'for' || tokens[j]!.text === 'on') && FOR_HEADS.has(word(j - 1)) && joined(j) && isCap(j + 1)) j += 2;
      else if (nameSyllable(j)) j++;
      // "French Air and Space Force", "Air and Missile Defense Command": two services' words share the head.
      else if (tokens[j]!.text === 'and' && SERVICE_WORDS.has(word(j - 1)) && joined(j) && SERVICE_WORDS.has(word(j + 1)) && isCap(j + 1)) j += 2;
      // "Cullen and Dykman LLP": "and" inside a firm's name, where a legal form ends it (not after a name of its own:
      // "Google and Apple Inc.", nor after a legal form of its own: "Apple Inc and Microsoft Corp").
      else if (tokens[j]!.text === 'and' && joined(j) && isCap(j + 1) && joined(j + 1) && LEGAL_FORMS.has(word(j + 2)) && !LEGAL_FORMS.has(word(j - 1)) && lexHit(lex.root, tokens, i, joined, j)?.end !== j) j += 2;
      // "Johns Hopkins University and Hospital", "Economic and Monetary Union", "Social Democratic and Labour Party":
      // "and" inside a body's name, where a body's head word ends the words after it and those before have no head
      // word of their own, or it is the one word after it (not "Harvard University and Yale University", "Johnson
      // Space Center and Collins College"; not after a name of its own, "Labour and Conservative Party", nor in a list).
      // (Not after a name with "of" or another connector, "Department of Defense and Congress": below; "Banque de
      // France and Deutsche Bank" are two.)
      else if (tokens[j]!.text === 'and' && joined(j) && isCap(j + 1) && j - i <= 3 && !namedAlone(i, j) && !inList(i) && !tokens.slice(i, j).some((t) => CONNECTORS.has(t.text))) {
        let k = j + 1;
        while (k < tokens.length && k - j <= 2 && isCap(k) && (k === j + 1 || joined(k - 1))) k++;
        if (!ORG_SUFFIXES.has(word(k - 1)) || (k - j > 2 && isHeadWord(word(j - 1)))) break;
        // (The one word after it ends the name: not "Leipzig University and University of Jena".)
        if (k - j === 2 && k < tokens.length && joined(k - 1) && (isCap(k) || CONNECTORS.has(tokens[k]!.text))) break;
        j = k;
      }
      // "the Armed Forces of the Philippines", "the General Staff of the Armed Forces of Ukraine": a force's head word
      // goes on with "of the" and a name, to the end of the gazetteer's ("of the Democratic Republic of the Congo").
      // (Not one word: "Marines of the 26th Marine Expeditionary Unit" are its men.)
      else if (tokens[j]!.text === 'of' && j - i >= 2 && forceHeadAt(j) && tokens[j + 1]?.text === 'the' && joined(j) && joined(j + 1) && isCap(j + 2)) j = lexHit(lex.root, tokens, j + 2, joined)?.end ?? j + 3;
      // "the University of the Witwatersrand", "the Church of the Holy Sepulchre": so does a body's.
      else if (tokens[j]!.text === 'of' && ORG_SUFFIXES.has(word(j - 1)) && tokens[j + 1]?.text === 'the' && joined(j) && joined(j + 1) && isCap(j + 2)) j += 3;
      // "School of Physics and Chemistry", "Department of Health and Human Services": a body's field goes on after
      // "and" with a word or two of English, not with a name ("the Department of Defense and Congress").
      else if (tokens[j]!.text === 'and' && tokens[j - 2]?.text === 'of' && ORG_SUFFIXES.has(word(j - 3)) && joined(j)) {
        let k = j + 1;
        while (k < tokens.length && k - j <= 2 && isCap(k) && isEnglishWord(tokens[k]!.lower) && lexHit(lex.root, tokens, k, joined) === undefined && (k === j + 1 || joined(k - 1))) k++;
        if (k === j + 1 || (k < tokens.length && joined(k - 1) && isCap(k))) break;
        j = k;
      }
      else break;
    }
    // "Atlantic Lottery Corporation, Inc.", "Apple, Inc.": a legal form after a comma ends a firm's name; so does a
    // generation a person's ("Richard L. Jones, Jr.", and on: "Richard L. Jones, Jr. Airport").
    if (j < tokens.length && tokens[j - 1]!.post === ', ' && (LEGAL_FORMS.has(tokens[j]!.text) || /^[JS]r$/.test(tokens[j]!.text)) && sentenceOf[j] === sentenceOf[j - 1]) {
      for (j++; j < tokens.length && joined(j - 1) && isCap(j); ) j++;
    }
    // "Carrier Strike Group 2", "Task Force 51": a force's number ends its name.
    if (forceHeadAt(j) && joined(j - 1) && /^\d+$/.test(tokens[j]?.text ?? '')) j++;
    // "Warrant Officer Class 2 Sarah Jones", "Chief Warrant Officer 2 John Smith": a rank's number, then the name.
    if (/^\d$/.test(tokens[j]?.text ?? '') && joined(j - 1) && joined(j) && isCap(j + 1) && [1, 2, 3, 4].some((n) => j - n >= i && listedTitleAt(j - n, j + 1)?.length === n + 1)) {
      for (j += 2; j < tokens.length && joined(j - 1) && isCap(j); ) j++;
    }
    // "Combined Joint Task Force – Operation Inherent Resolve": a task force named by its operation, across the dash.
    if (word(j - 1) === 'Force' && word(j - 2) === 'Task' && /^\s*[–—-]\s*$/.test(tokens[j - 1]!.post) && sentenceOf[j] === sentenceOf[j - 1] && word(j) === 'Operation') {
      for (j++; j < tokens.length && joined(j - 1) && isCap(j); ) j++;
    }
    // A gazetteer name may hold a lower-case "the" ("Democratic Republic of the Congo") or a hyphenated particle
    // ("Lashkar-e-Taiba"); a force's or body's also "and" or "in" ("Islamic State of Iraq and the Levant", "United
    // Nations Interim Force in Lebanon"; not a place's: the corpora count "Bosnia and Herzegovina" as two places).
    const listed = lexHit(lex.root, tokens, i, joined);
    if (listed && listed.end > j && tokens.slice(j, listed.end).every((t, k) => /^\p{Lu}/u.test(t.text) || t.text === 'the' || ((t.text === 'and' || t.text === 'in') && listed.entry.type !== 'place') || CONNECTORS.has(t.text) || tokens[j + k - 1]!.post === '-') && /^\p{Lu}/u.test(tokens[listed.end - 1]!.text)) j = listed.end;
    // "Air Mobility Command", "Combined Task Force 150" opening a sentence: a force's opening word, which the run left
    // out there as a common word, is the name's (the force's head may end the run or come before a dash: "Combined
    // Joint Task Force – Operation Inherent Resolve", "Combined Joint Task Force-Horn of Africa").
    const opener = i > 0 && startsSentence[i - 1] && joined(i - 1) && !claimed[i - 1] && FORCE_OPENERS.has(tokens[i - 1]!.text) && headed(i, j);
    // "the Azov battalion", "the Golani brigade": a name before a lower-case unit noun is a force's (the corpora leave
    // the noun out of the name). Not a country's: "a Ukrainian brigade" is a unit of Ukraine's.
    if (j - i <= 3 && UNIT_NOUNS.has(tokens[j]?.text ?? '') && joined(j - 1) && sentenceOf[j] === sentenceOf[i] && !lex.demonyms.has(word(i)) && lexHit(lex.root, tokens, i, joined)?.entry.type !== 'place') {
      make(i, j, 'force', 'force:unit-noun');
      i = j;
      continue;
    }
    classifyRun(opener ? i - 1 : i, j);
    i = j;
  }
  return refineMentions(out, cx, lex);

  /** Whether the name at i follows a comma after another name: the last items of a list ("A, B and C Club"). */
  function inList(i: number): boolean {
    return i > 0 && tokens[i - 1]!.post === ', ' && /^\p{Lu}/u.test(tokens[i - 1]!.text);
  }

  /** Whether tokens [i, j) are a name of their own: a gazetteer's, or one word compromise knows as a body's. */
  function namedAlone(i: number, j: number): boolean {
    const name = body.slice(tokens[i]!.start, tokens[j - 1]!.end);
    return lexHit(lex.root, tokens, i, joined, j)?.end === j || (j - i === 1 && ['Organization', 'Person', 'Place'].some((g) => tokens[i]!.tags.has(g))) || isCity(name) || isProvince(name);
  }

  function classifyRun(i: number, j: number): void {
    // "a writer for The Onion": a capitalised "The" inside a sentence opens a title (a paper, a band, a team).
    // "The Hague": a city whose name holds its article.
    if (tokens[i]!.text === 'The' && j - i > 1 && isCity(stripPossessive(body.slice(tokens[i]!.start, tokens[j - 1]!.end)))) return void make(i, j, 'place', 'place:city');
    const titled = tokens[i]!.text === 'The' && !startsSentence[i] && j - i > 1;
    if (tokens[i]!.text === 'The' && j - i > 1) i++;
    // "Hurricane Milton", "Typhoon Haiyan": a storm is no person (nor any name of ours).
    // (Two words: "the Storm Prediction Center" is a body.)
    if ((STORMS.has(tokens[i]!.text) && j - i === 2) || (i > 0 && STORMS.has(tokens[i - 1]!.text) && joined(i - 1) && j - i === 1)) return;
    // "his novel Mrs Dalloway", "the film Oppenheimer", "her memoir, Becoming,": a work's title after its kind is no
    // name of ours, whoever it is named after.
    // (After a determiner, not a verb: "to play Manchester"; nor opening a clause: "In this movie Google and Amazon ...".)
    // (Nor the maker in a relative clause: "the song Beyoncé sang", "the film Paramount released".)
    if (i > 1 && sentenceOf[i - 2] === sentenceOf[i] && WORK_NOUNS.has(tokens[i - 1]!.text) && WORK_DETERMINERS.has(tokens[i - 2]!.lower) && /^,?\s+$/.test(tokens[i - 1]!.post) && (tokens[i - 3]?.lower !== 'in' || tokens[i - 1]!.post.startsWith(',')) && !MAKING_VERBS.has(tokens[j]?.lower ?? '')) return;
    // "the Margaret Ellison Prize", "the Nobel Peace Prize": an award is no person, place or body, whoever it is named after.
    if (j - i >= 2 && AWARD_HEADS.has(word(j - 1))) return;
    // "the Refugee Council Enver Solomon", "Commander of the Ukrainian Ground Forces Oleksandr Pavliuk": an
    // organization's or a force's head word, then a first name and a surname, are two names.
    if (j - i >= 4 && (ORG_SUFFIXES.has(word(j - 3)) || forceHeadAt(j - 2)) && (tokens[j - 2]!.tags.has('FirstName') || unknownWord(j - 2)) && /^\p{Lu}\p{Ll}+$/u.test(word(j - 1)) && !ORG_SUFFIXES.has(word(j - 1)) && !FORCE_SUFFIXES.has(word(j - 1))) {
      classifyRun(i, j - 2);
      return void make(j - 2, j, 'person', 'person:after-organization');
    }
    // "Polish Air Force F-16s", "Russian Navy Su-33s": a force's head, then an aircraft's model, are the force and the
    // craft it flies (the run was one untyped name).
    const craft = findToken(tokens, i + 2, j, (_, k) => aircraftModelAt(k) && forceHeadAt(k));
    if (craft !== -1) {
      classifyRun(i, craft);
      return classifyRun(craft, j);
    }
    // A name joined by an ampersand is a firm's or a brand's, never a person's ("Marks & Spencer").
    if (j - i === 3 && tokens[i + 1]!.text === '&') return void make(i, j, 'organization', 'organization:ampersand');
    // "Manchester United", "Bolton Wanderers", "Real Madrid": a place and a club's word name a club. (Not "City":
    // "Mexico City".)
    // (The place is the run's longest listed name from a, ending at b, or a city.)
    const placeIn = (a: number, b: number) => {
      const hit = lexHit(lex.root, tokens, a, joined, j);
      return (hit?.entry.type === 'place' && hit.end === b) || isCity(stripPossessive(body.slice(tokens[a]!.start, tokens[b - 1]!.end)));
    };
    if (j - i >= 2 && ((CLUB_WORDS.has(word(j - 1)) && placeIn(i, j - 1)) || (CLUB_OPENERS.has(word(i)) && placeIn(i + 1, j)))) return void make(i, j, 'organization', 'organization:club');
    const first = word(i);
    const last = word(j - 1);
    // "Operation Inherent Resolve", "Exercise Sea Breeze": a military operation, no person, place or body.
    // (At a sentence's start "Operation" may stay out of the run.)
    if ((OPERATION_WORDS.has(first) && j - i > 1) || (i > 0 && OPERATION_WORDS.has(tokens[i - 1]!.text) && joined(i - 1))) return;
    // A military base: "Naval Air Station Sigonella", "Joint Base Andrews", "RAF Lossiemouth" (not "RAF Typhoons": the
    // name after "RAF" is no English word).
    const base = BASE_KEYS.find((key) => i + key.length < j && key.every((w, k) => word(i + k) === w));
    if (base || (first === 'RAF' && j - i > 1 && !isEnglishWord(word(i + 1)) && !forceHeadAt(j))) return void make(i, j, 'place', 'place:base');
    const afterThe = tokens[i - 1]?.lower === 'the' && sentenceOf[i - 1] === sentenceOf[i];
    if (j - i === 1 && BARE_ORG_HEADS.has(first) && afterThe) return void make(i, j, 'organization', 'organization:the-head');
    // "the West", "in the South", "the Midwest": a compass word alone after "the" is a region.
    if (j - i === 1 && REGION_WORDS.has(first) && afterThe) return void make(i, j, 'place', 'place:direction');
    // "The World Health Organisation (WHO)": an acronym in brackets right after an organization is its short name.
    const named = out[out.length - 1];
    // (So is a force's: "the Rapid Support Forces (RSF)".)
    if (j - i === 1 && /^\p{Lu}{2,}$/u.test(first) && tokens[i]!.pre.includes('(') && tokens[i]!.post.startsWith(')') && (named?.type === 'organization' || named?.type === 'force') && /^\s*\($/.test(body.slice(named.end, tokens[i]!.start))) {
      return void make(i, j, named.type, `${named.type}:bracketed-acronym`, { affiliation: named.affiliation, canonical: named.canonical ?? named.text });
    }
    // "the 101st Airborne Division (Air Assault)": a unit's kind in brackets after it is no name of its own.
    if (named?.type === 'force' && tokens[j - 1]!.post.startsWith(')') && /^\s*\($/.test(body.slice(named.end, tokens[i]!.start)) && UNIT_QUALIFIERS.has(tokens.slice(i, j).map((t) => t.text).join(' '))) return;
    // Ships, and the formation they lead: "USS Abraham Lincoln carrier strike group".
    const navy = SHIP_PREFIXES[first];
    if (navy && j - i > 1) {
      const formation = FORMATIONS.find((f) => tokenKey(f).every((w, k) => tokens[j + k]?.text === w && (k === 0 || joined(j + k - 1))));
      const ship = body.slice(tokens[i]!.start, tokens[j - 1]!.end).replace(/['’]s$/, '');
      if (formation) make(i, j + tokenKey(formation).length, 'force', 'force:ship-formation', { canonical: ship, affiliation: navy, formation });
      else make(i, j, 'force', 'force:ship', { canonical: ship, affiliation: navy });
      return;
    }
    // A name right after a warship's kind is the ship's: "the German frigate Hessen" (not a date: "a destroyer Friday").
    const kind = j - i <= 3 && i > 0 && joined(i - 1) ? [3, 2, 1].find((n) => i >= n && SHIP_KINDS.has(tokens.slice(i - n, i).map((t) => t.lower).join(' '))) : undefined;
    if (kind && !tokens.slice(i, j).some((t) => t.tags.has('Date'))) {
      const ship = body.slice(tokens[i]!.start, tokens[j - 1]!.end).replace(/['’]s$/, '');
      return void make(i, j, 'force', 'force:ship', { canonical: ship, affiliation: i > kind ? affiliationOf(i - kind - 1) : undefined });
    }
    // "Armed Forces of Ukraine", "General Staff of the Armed Forces of Ukraine": a force's head word before "of" and a
    // country or another force is one force, the country's (no title: "General Staff").
    const forceOf = findToken(tokens, i + 1, j, (t, k) => t.text === 'of' && forceHeadAt(k));
    if (forceOf !== -1) {
      const hit = tokens.slice(forceOf + 1, j).map((_t, n) => lexHit(lex.root, tokens, forceOf + 1 + n, joined, j)).find((h) => h?.end === j);
      const country = hit?.entry.type === 'place' ? hit.entry.canonical : hit?.entry.type === 'force' ? hit.entry.affiliation : undefined;
      if (country || forceHeadAt(j)) return void make(i, j, 'force', 'force:suffix', { affiliation: country ?? affiliationOf(i) });
    }
    // A title opens the run ("Secretary of State Marco Rubio"): the rest is the name.
    const title = titleAt(i, j);
    if (title && i + title.length === j) return classifyName(i, j); // "the Secretary of State" is a title, not a state
    if (title && i + title.length < j && !ORG_SUFFIXES.has(last) && !forceHeadAt(j)) {
      // "Foreign Minister Abbas Araghchi of Iran": the name stops at "of" (not at a particle: "President Bashar al-Assad").
      const k = findToken(tokens, i + title.length, j, (t) => t.text === 'of');
      if (k === -1) return classifyName(i, j);
      classifyName(i, k);
      return classifyRun(k + 1, j);
    }
    // "the Arts and Humanities Citation Index Professor Chomsky", "Ford Motor Company President Bill Ford": a title inside
    // the run, before a name, opens a person's mention; what comes before is a name of its own.
    // (Two words or more before it, and no longer title ending in it: "Shadow Home Secretary", "US President".)
    // (Not before a generation's suffix alone: "Martin Luther King Jr.")
    const inner = findToken(tokens, i + 2, j - 1, (t, k) => { const tk = titleAt(k, j); return !!tk && k + tk.length < j && !HONORIFICS.has(t.text) && !titleAt(k - 1, j) && !titleAt(k - 2, j) && !(k + tk.length === j - 1 && GENERATIONS.test(word(j - 1))); });
    if (inner !== -1 && !ORG_SUFFIXES.has(last) && !FORCE_SUFFIXES.has(last) && !PLACE_SUFFIXES.has(last) && !CONNECTORS.has(tokens[inner - 1]!.text)) {
      if (officeArea(inner + titleAt(inner, j)!.length, j)) return;
      classifyRun(i, inner);
      return classifyRun(inner, j);
    }
    // "a NASA Discovery mission", "the JPL Stardust website", "a NASA T-shirt": an acronym, then a name before a common
    // noun (or ending in one) are the body and a thing it runs or makes.
    // (Not a compound name, "the OSU-Tulsa campus"; "the" before them belongs to the noun.)
    const known = lexHit(lex.root, tokens, i, joined);
    if (j - i >= 2 && /^\p{Lu}{2,}$/u.test(first) && tokens[i]!.post !== '-' && known?.entry.type !== 'place' && !isHeadWord(last) && (/^\p{Ll}|-\p{Ll}+$/u.test(last) || nounAfter(j))) {
      return known?.end === i + 1 ? classifyRun(i, i + 1) : make(i, i + 1, 'organization', 'organization:shape');
    }
    // The whole run is one gazetteer entry ("Strait of Hormuz").
    const whole = lexHit(lex.root, tokens, i, joined, j);
    if (whole?.end === j && j - i > 1) {
      return void make(i, j, whole.entry.type, whole.entry.rule, { canonical: whole.entry.canonical, affiliation: whole.entry.affiliation, metonymy: metonymyOf(whole.entry, i, j) });
    }
    // (A connector right after a hyphen is a name's syllable: "Hau Lung-bin".)
    const hasOf = tokens.slice(i + 1, j).some((t, n) => CONNECTORS.has(t.text) && tokens[i + n]!.post !== '-');
    // "US Secretary of State Antony Blinken", "French Minister of Defence Florence Parly": a country or demonym before an
    // office of a department and a name is one person's mention (the gazetteer loop below and classifyName take the
    // country as the affiliation), not two names either side of "of".
    const place = hasOf ? lexHit(lex.root, tokens, i, joined, j) : undefined;
    const country = place?.entry.rule === 'place:country' || place?.entry.rule === 'place:state';
    const after = country ? place!.end : lex.demonyms.has(first) ? i + 1 : -1;
    const office = hasOf && after !== -1 ? titleAt(after, j) : undefined;
    const affiliatedOffice = !!office && after + office.length < j;
    if (affiliatedOffice && !country) return classifyName(i, j);
    // "Troy Patterson of Slate Magazine", "Jann Wenner of Rolling Stone Magazine": a first name and a name or two (or a
    // name and a surname that is no English word) before "of" are a person, not the head of the organization's name.
    const of = hasOf ? findToken(tokens, i + 1, j, (t) => t.text === 'of') : -1;
    if (!affiliatedOffice && of - i >= 2 && of - i <= 3 && (tokens[i]!.tags.has('FirstName') || unknownWord(i) || isGivenName(word(i)) || (of - i === 2 && unknownWord(i + 1))) && tokens.slice(i + 1, of).every((t) => /^\p{Lu}/u.test(t.text) && !ORG_SUFFIXES.has(t.text) && !PLACE_SUFFIXES.has(t.text) && !t.tags.has('Place') && !t.tags.has('Organization'))) {
      const n = out.length;
      classifyName(i, of);
      if (out[n]?.rule === 'unknown:proper-noun' && !isEnglishWord(word(of - 1))) out[n] = { ...out[n]!, type: 'person', rule: 'person:name-of' };
      return classifyRun(of + 1, j);
    }
    // "Master of Public Administration", "Bachelor of Arts": a degree names no body.
    if (of === i + 1 && DEGREES.has(first)) return;
    if (j - i > 1 || hasOf) {
      // (Not after an aircraft's model: "B-1B Lancers", "F-16 Fighting Falcons".)
      if ((forceHeadAt(j) || forceHeadAt(findToken(tokens, i + 1, j, (t) => t.text === 'Operation'))) && !/^\p{Lu}{1,3}-?\d/u.test(first)) {
        // "Indonesian Navy" is the same force as "the Indonesian navy": one canonical name.
        const affiliation = affiliationOf(i);
        const noun = tokens.slice(i + 1, j).map((t) => t.text.toLowerCase()).join(' ');
        const canonical = affiliation && j - i <= 3 && FORCE_NOUNS.has(noun) ? `${affiliation} ${noun}` : undefined;
        return void make(i, j, 'force', 'force:suffix', { affiliation, canonical });
      }
      if (ORG_SUFFIXES.has(last) || LEGAL_FORMS.has(last) || (hasOf && ORG_PREFIXES.has(first))) return void make(i, j, 'organization', 'organization:head-word');
      // "the Irving Independent School District", "the Centre for Social Evolution": a body whatever the last word.
      const forAt = findToken(tokens, i + 1, j, (t) => t.text === 'for' || t.text === 'on');
      if ((forAt !== -1 && FOR_HEADS.has(word(forAt - 1))) || (word(j - 2) === 'School' && last === 'District')) return void make(i, j, 'organization', 'organization:head-word');
      // "Broadcasting Board of Governors", "Chamber of Commerce": an institution's head word before the connector.
      if (of > i && (ORG_SUFFIXES.has(word(of - 1)) || ORG_PREFIXES.has(word(of - 1)))) return void make(i, j, 'organization', 'organization:head-word-of');
      // (Not a given name after a role: "national security adviser Anthony Lake".)
      const person = j - i === 2 && isGivenName(first) && roleBefore(i, false);
      // ("the Sea of Japan", "the Gulf of Thailand": a water's head word and "of" before a listed place, one place.)
      const waterOf = of === i + 1 && (PLACE_PREFIXES.has(first) || first === 'Sea') && lexHit(lex.root, tokens, i, joined, j)?.end !== j;
      if ((PLACE_SUFFIXES.has(last) && !person) || (PLACE_PREFIXES.has(first) && !lexHit(lex.root, tokens, i, joined)) || waterOf) return void make(i, j, 'place', 'place:head-word');
      // States of history: "the Russian Empire", "the Weimar Republic", "the Kingdom of Poland", "the Emirate of Granada".
      // (The name after "of" ends the run: not "Republic of Kazakhstan Nursultan Nazarbayev".)
      if (STATE_HEADS.has(last) || (of === i + 1 && STATE_HEADS.has(first) && (lexHit(lex.root, tokens, of + 1, joined, j)?.end === j || j - of <= 3))) return void make(i, j, 'place', 'place:state-head');
    }
    // Not an institution: "of" separates two names ("Trump of Iran" is not one name); a particle joins one ("Osama bin
    // Laden", "Charles de Gaulle", "Ludwig van Beethoven").
    if (of !== -1 && !affiliatedOffice) {
      classifyRun(i, of);
      return classifyRun(of + 1, j);
    }
    // Gazetteer hits claim their tokens; the rest splits into sub-runs.
    let start = i;
    for (let k = i; k < j; ) {
      const hit = lexHit(lex.root, tokens, k, joined, j);
      if (!hit) {
        k++;
        continue;
      }
      const e = hit.entry;
      // "Team Estonia": a country's team ("Team" opens the name even where it opens the sentence).
      const team = k === i + 1 && tokens[i]!.text === 'Team' ? i : k === i && tokens[i - 1]?.text === 'Team' && joined(i - 1) ? i - 1 : -1;
      if (e.rule === 'place:country' && team !== -1 && start === i && hit.end === j) {
        return void make(team, j, 'organization', 'organization:national-team', { affiliation: e.canonical, canonical: `Team ${e.canonical}` });
      }
      // "Valeska Paris", "Jack London": a given name before a one-word city ends in the surname, not the city.
      if (e.rule === 'place:capital' && start === i && (k - i === 1 || (k - i === 2 && tokens[i]!.tags.has('FirstName'))) && hit.end === j && hit.end - k === 1 && tokens.slice(i, k).every((t, n) => t.tags.has('FirstName') || (unknownWord(i + n) && !lex.demonyms.has(t.text)))) {
        return void make(i, j, 'person', 'person:given-name-city');
      }
      // "Michael Jordan", "Joseph Israel", "Jimmy Wales": so does a one-word country after a given name the tagger knows
      // (not one that is a people's adjective too: "Roman Britain", "Norman England"), and a one-word force ("Robert
      // Wagner").
      const givenName = (t: Token) => t.tags.has('FirstName') && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !(isEnglishWord(t.lower) && /(an|ish|ese|ic)$/.test(t.lower));
      if ((e.rule === 'place:country' || e.type === 'force') && start === i && k - i >= 1 && k - i <= 2 && hit.end === j && hit.end - k === 1 && tokens.slice(i, k).every(givenName)) {
        return void make(i, j, 'person', e.type === 'force' ? 'person:given-name-force' : 'person:given-name-country');
      }
      // "the Los Angeles Lakers", "the Kansas City Chiefs": a city or state and a plural name a team (not in a title-case
      // headline, where verbs are capitalised: "Boston Wins Again"; not a country's: "Israel Strikes").
      if (k === i && e.type === 'place' && e.rule !== 'place:country' && j - hit.end === 1 && TEAM_NAME.test(word(j - 1)) && !NOT_TEAMS.has(word(j - 1)) && !isHeadWord(word(j - 1)) && !isHeadWord(word(j - 1).slice(0, -1)) && !inTitleCaseLine(i)) {
        return void make(i, j, 'organization', 'organization:team');
      }
      // "Israeli Defense Minister Israel Katz": a country after a title, before the run's last word, is the person's
      // first name.
      if (e.rule === 'place:country' && hit.end === j - 1 && k > start && Array.from({ length: k - start }, (_, d) => titleAt(start + d, j)?.length === k - start - d).some(Boolean)) return classifyName(start, j);
      // "Air Canada", "Air India": an airline.
      if (k === i + 1 && hit.end === j && e.rule === 'place:country' && tokens[i]!.text === 'Air') return void make(i, j, 'organization', 'organization:airline');
      // "US President Barack Obama", "Pennsylvania Senator Rick Santorum": the country or state is part of the person's
      // mention and is their affiliation.
      if ((e.rule === 'place:country' || e.rule === 'place:state') && titleAt(hit.end, j) && hit.end + titleAt(hit.end, j)!.length < j) {
        if (k > start) classifyName(start, k);
        return classifyName(k, j, { tokens: hit.end - k, country: e.canonical, rule: e.rule });
      }
      let from = k;
      while (e.type === 'place' && from > start && DIRECTIONS.has(tokens[from - 1]!.text)) from--;
      // "Al-Nusra Front", "al-Qassam Brigades": an Arabic article joined by a hyphen opens a listed force's or body's name
      // (it was an untyped name "Al" beside the list's "Nusra Front").
      const article = e.type !== 'place' && from > start && tokens[from - 1]!.post === '-' && ARABIC_ARTICLES.has(tokens[from - 1]!.lower) ? from - 1 : from;
      if (article > start) classifyName(start, article);
      // "Jersey City", "Hong Kong Island": a place's name with a geographic head word is a place of its own; "BBC News":
      // an organization's name with its head word is the organization (not a title's first word: "Pentagon Press
      // Secretary Pat Ryder").
      const end = hit.end < j && ((e.type === 'place' && GEO_HEADS.has(word(hit.end))) || (e.type === 'organization' && ORG_SUFFIXES.has(word(hit.end)) && !titleAt(hit.end, j))) ? hit.end + 1 : hit.end;
      const canonical = from < k ? `${body.slice(tokens[from]!.start, tokens[k]!.start)}${e.canonical}` : e.canonical;
      make(article, end, e.type, from < k ? 'place:direction' : e.rule, { canonical, affiliation: e.affiliation, metonymy: metonymyOf(e, k, hit.end) });
      k = start = end;
    }
    if (start < j) {
      // "The Matrix", "The Who": a capitalised run opened by "The" is more often a title of a work than an organization
      // (an organization:the-title rule cost F1 on all seven corpora away from GUM dev: npm run eval -- --rules).
      if (titled && start === i && out[out.length - 1]?.start !== tokens[i]!.start) return;
      // "Google Analytics", "Microsoft Word": a word or two after an organization's name name its product.
      const owner = out[out.length - 1];
      if (start > i && j - start <= 2 && owner?.rule === 'organization:lexicon' && owner.end === tokens[start - 1]!.end) return;
      classifyName(start, j);
    }
  }

  /** A run that no head word or gazetteer types: titles, then the tagger's reading. */
  function classifyName(i: number, j: number, country?: { tokens: number; country: string; rule: string }): void {
    // "Iranian Foreign Minister Abbas Araghchi": a demonym before a title is the person's affiliation, as a country is.
    const demonym = !country && j - i > 2 ? lex.demonyms.get(tokens[i]!.text) : undefined;
    if (demonym && titleAt(i + 1, j)) return classifyName(i, j, { tokens: 1, country: demonym, rule: 'demonym' });
    // "Nvidia CEO Jensen Huang", "Bundesbank President Joachim Nagel": a name no dictionary knows before an office and
    // a person's name is the body they serve (not a people's adjective: "Scottish Secretary", "Ptolemaic Queen").
    const office = !country && j - i > 2 ? titleAt(i + 1, j) : undefined;
    const adjective = HOME_DEMONYMS.has(tokens[i]!.text) || /(ic|an|ish|ese)$/.test(tokens[i]!.text);
    if (office && i + 1 + office.length < j && !titleAt(i, j) && /^\p{Lu}/u.test(tokens[i]!.text) && unknownWord(i) && !adjective && !tokens[i]!.tags.has('FirstName')) {
      make(i, i + 1, 'organization', 'organization:before-office');
      return classifyName(i + 1, j);
    }
    const t0 = i + (country?.tokens ?? 0);
    const title = titleAt(t0, j);
    if (title) {
      const n = title.length;
      const last = tokens[t0 + n - 1]!;
      const text = body.slice(tokens[t0]!.start, last.end + (last.post.startsWith('.') ? 1 : 0));
      // A title alone names no one ("It was the President") unless the article names who holds it: "the President" after
      // "President Donald Trump" is he. Left for resolve, which keeps it only then.
      if (t0 + n >= j) {
        if (!country && !HONORIFICS.has(tokens[t0]!.text) && /^(the|The)$/.test(tokens[t0 - 1]?.text ?? '')) make(i, j, 'person', 'unknown:title', { title: text });
        return;
      }
      if (officeArea(t0 + n, j)) return;
      // The mention keeps its title ("President Trump", as written); the canonical name does not.
      const name = stripPossessive(body.slice(tokens[t0 + n]!.start, tokens[j - 1]!.end));
      make(i, j, 'person', 'person:title', { title: text, canonical: name, affiliation: country?.country });
      // "US President Barack Obama" mentions the United States too.
      if (country && country.rule !== 'demonym') make(i, t0, 'place', country.rule, { canonical: country.country });
      return;
    }
    // ("Sri Lankan", "South African": a demonym of two words.)
    const people = j - i <= 2 ? lex.demonyms.get(tokens.slice(i, j).map((t) => t.text).join(' ')) : undefined;
    if (people) {
      // "the French then moved", "defeated the French in 1862": a demonym after "the" and before no noun is the people.
      const next = tokens[j];
      // (Nor a coordination of adjectives, "the Gabonese and Estonian teams", nor a clipped noun, "the Indian gov't".)
      const adjective = !!next && sentenceOf[j] === sentenceOf[i] && /^\s+$/.test(tokens[j - 1]!.post) && (/^(and|or)$/.test(next.text) || /\p{L}['’]\p{L}/u.test(next.text) || !['Verb', 'Adverb', 'Preposition', 'Determiner', 'Pronoun', 'Conjunction', 'Modal', 'Copula'].some((g) => next.tags.has(g)));
      // (Nor the first half of a compound: "the Turkish-backed SNA", "the Russian-made drones".)
      if (tokens[i - 1]?.lower === 'the' && !adjective && tokens[j - 1]!.post !== '-') make(i, j, 'person', 'person:group', { affiliation: people });
      return; // otherwise "Iranian" is an adjective, kept as affiliation only
    }
    // A people's or a faith's adjective alone ("Kurdish", "Jewish") is no name, as a demonym is none; nor a faith or a
    // doctrine ("Christianity", "Shamanism", "Marxism").
    if (j - i === 1 && (PEOPLE_ADJECTIVES.has(word(i)) || FAITHS.has(word(i)) || /^\p{Lu}\p{Ll}+ism$/u.test(word(i)))) return;
    // A people as a group: "Palestinians", "Muslims" (in a match report "the Belgians" are the national team).
    const nation = j - i === 1 && /\p{Ll}s$/u.test(word(i)) ? lex.demonyms.get(word(i).slice(0, -1)) : undefined;
    if (j - i === 1 && (nation || PEOPLE_GROUPS.has(word(i)))) {
      return void make(i, j, 'person', 'person:group', { affiliation: nation, metonymy: nation && sportsArticle ? `national team of ${nation}` : undefined });
    }
    if (NOT_NAMES.has(word(i).toLowerCase()) || /^(Jr|Sr)\.?$/.test(word(i))) return; // ("Brown, Jr.": a suffix alone)
    // A term the article defines ("Compact Fluorescent Light (CFL)") is no name for the tagger to type either.
    if (j - i === 1 && terms.has(word(i))) return;
    // (A lower-case article opening the name is no word of its own: "al-Shabaab".)
    const from = ARABIC_ARTICLES.has(tokens[i]!.text) ? i + 1 : i;
    const properNouns = tokens.slice(from, j).every((t) => t.tags.has('ProperNoun') || t.tags.has('Possessive'));
    // "the Bush administration", "the Trump campaign": the leader's name (which the tagger reads as an organization).
    const next = tokens[j];
    // (Not a people's or a faith's adjective: "the Arab Moslem regime", "the Islamist administration".)
    const adjectives = tokens.slice(i, j).every((t) => lex.demonyms.has(t.text) || t.tags.has('Adjective') || PEOPLE_ADJECTIVES.has(t.text));
    if (next && LEADER_NEXT.has(next.lower) && sentenceOf[j] === sentenceOf[j - 1] && /^\s*$/.test(tokens[j - 1]!.post) && !adjectives) return void make(i, j, 'person', 'person:leader-of');
    // "Park Joo-Ho", "Lee Cheuk-yan": a short family name and a hyphenated given name (the tagger reads "Park" as a place).
    // (Not an Arabic article, "Masjid Al-Haram", nor a French connector, "Pointe-à-Pitre".)
    if (j - i === 3 && /^\p{Lu}\p{Ll}{1,5}$/u.test(tokens[i]!.text) && tokens[i + 1]!.post === '-' && !ARABIC_ARTICLES.has(word(i + 1).toLowerCase()) && [i + 1, i + 2].every((k) => /^(\p{Lu}\p{Ll}{1,5}|\p{Ll}{2,5})$/u.test(word(k)))) {
      return void make(i, j, 'person', 'person:hyphenated-name');
    }
    // "professor Marc Lamont Hill", "student Ahmed Mohamed": a lower-case role noun before the name outweighs the
    // tagger's reading (it reads "Hill" as a place).
    if (roleBefore(i, false)) return void make(i, j, 'person', 'person:role-before');
    // The tagger's reading.
    const count = (tag: string[]) => tokens.slice(i, j).filter((t) => tag.some((g) => t.tags.has(g))).length;
    const person = count(PERSON_TAGS);
    const place = count(['Place', 'Country', 'City', 'Region']);
    // (Not a word the tagger reads as an organization only for the common noun after it: "the Jewish community",
    // "Korean restaurants", "an Inuit community".)
    const org = tokens[j] && sentenceOf[j] === sentenceOf[i] && /^\p{Ll}/u.test(tokens[j]!.text) && tokens[j]!.tags.has('Organization') ? 0 : count(['Organization']);
    // A large city the tagger does not know ("Sochi", "Khan Yunis"), written as a name, not a common word ("Reading");
    // a one-word one only when the tagger does not read it as a person's name.
    const name = stripPossessive(body.slice(tokens[i]!.start, tokens[j - 1]!.end));
    const city = !place && tokens.slice(i, j).every((t) => !t.tags.has('Verb') && !t.tags.has('Adjective')) && (isCity(name) || isProvince(name));
    if (city && (j - i > 1 || !person)) return void make(i, j, 'place', 'place:city');
    // "the Warhol Polaroids": a name then a plural noun is a set of things, not a person's first and last name.
    const things = j - i > 1 && !tokens[i]!.tags.has('FirstName') && /\p{Ll}s$/u.test(tokens[j - 1]!.text) && !['Person', 'LastName', 'FirstName'].some((g) => tokens[j - 1]!.tags.has(g));
    // (Not a surname and the thing named after it, "the Warhol Factory": right 7 times in 38 on the corpora, it cut
    // "Novak Djokovic beat" to "Novak".)
    if (person > 0 && person >= place && person >= org && !things) return void make(i, j, 'person', 'person:tagger');
    if (place > 0 && place >= org) return void make(i, j, 'place', 'place:tagger');
    if (org > 0) return void make(i, j, 'organization', 'organization:tagger');
    // "Hizbullah fighters attacked": a name no word list knows, that an armed group bears, before a fighters' noun.
    const group = GROUP_NOUNS.has(tokens[j]?.lower ?? '') && joined(j - 1) ? armedGroup(body.slice(tokens[i]!.start, tokens[j - 1]!.end)) : undefined;
    if (group) return void make(i, j, 'force', 'force:armed-group', { canonical: group.name, affiliation: group.country ?? undefined });
    if (j - i === 1 && BARE_FORCES.has(word(i))) return void make(i, j, 'force', 'force:bare');
    // "the jihadist group HTS", "the paramilitary RSF": an armed group's name, whatever its shape says (after the
    // adjective alone only an acronym: "the militant Abu Musab" is a person's).
    const described = armedDescriptionBefore(body, tokens[i]!.start);
    if (described === 'noun' || (described === 'adjective' && /^\p{Lu}{2,}$/u.test(name))) return void make(i, j, 'force', 'force:described');
    const context = typeFromContext(i, j);
    if (context) return void make(i, j, context.type, context.rule);
    // Initials and a surname: "O.J. Simpson", "A.J. Styles".
    if (j - i >= 2 && /^(\p{Lu}\.){2,3}$/u.test(tokens[i]!.text) && tokens.slice(i + 1, j).every((t) => /^\p{Lu}\p{Ll}+(['’]s)?$/u.test(t.text))) return void make(i, j, 'person', 'person:initials');
    // "founded by Dean Kamen", "saved by Thibaut Courtois": a given name the tagger does not know, then a surname that is
    // no English word.
    // (Not a compass word, "North Kivu", which the list of given names holds.)
    if (properNouns && j - i >= 2 && j - i <= 3 && isGivenName(word(i)) && !DIRECTIONS.has(word(i)) && !isEnglishWord(word(j - 1))) return void make(i, j, 'person', 'person:given-name');
    // Untyped proper-noun runs are left for resolve (a later "Cooper" may match "Brad Cooper") and the trained tagger;
    // so are runs of words no dictionary knows, which the tagger does not call proper nouns at a sentence's start
    // ("Akram took three wickets").
    // (A particle inside is no word of its own either: "Ayman al-Zawahiri praised ..." at a sentence's start.)
    const particle = (t: Token, k: number) => k > 0 && (CONNECTORS.has(t.text) || ARABIC_ARTICLES.has(t.text));
    // (And an armed group's name in the dictionary, which resolve types: "Al-Shabaab attacked" opening a sentence.)
    if (properNouns || namesInText.has(word(i)) || tokens.slice(from, j).every((t, k) => t.tags.has('ProperNoun') || unknownWord(from + k) || particle(t, k)) || armedGroup(name)) make(i, j, 'person', 'unknown:proper-noun');
  }

  /** An untyped name typed by the words around it. Rules as data in people.ts and organizations.ts. */
  function typeFromContext(i: number, j: number): { type: EntityType; rule: string } | null {
    const text = tokens.slice(i, j).map((t) => t.text).join(' ');
    const prev = tokens[i - 1];
    const next = tokens[j];
    const nextWord = next && sentenceOf[j] === sentenceOf[j - 1] ? next.lower : '';
    // camelCase, web names and acronyms left untyped are brands, sites and bodies ("LibriVox", "Gawker.com", "ADPL").
    // (Not a word in capitals for emphasis, "UNLESS", "HUGE", nor a Roman numeral, "XVII": the tagger knows those.)
    // (Nor a frequent English word in capitals, "NEVER", "VIDEO", "WHERE": as acronyms they were wrong 81 times in 85 on
    // web text, 98 in 103 on Twitter, and right once in five on Wikipedia.)
    const shouted = (j - i === 1 && (['Adjective', 'Condition', 'Conjunction', 'Preposition', 'Adverb', 'Verb', 'RomanNumeral', 'Value'].some((g) => tokens[i]!.tags.has(g)) || (isEnglishWord(tokens[i]!.lower) && isFrequentWord(tokens[i]!.lower)))) || inCapitalsLine(i);
    // Nor a term the article defines ("sea surface salinity (SSS)"), nor a unit or currency by a number ("25 CUC").
    // (Letters and digits name versions and products, not bodies: "IE6", "U2"; G7 and G20 are in the gazetteer.)
    const acronym = /^\p{Lu}{2,}$/u.test(text) && !NOT_ORG_ACRONYMS.has(text.replace(/\d+$/, '')) && !shouted && !terms.has(text) && !byNumber(i, j);
    // Before "said" too, "NAACP said", "the MoD told reporters" (a device says nothing), "Amazon.com said", where a
    // name in capitals and small letters is a person's, "McDonald said": of the corpora's acronyms before a verb of
    // saying, 15 were bodies and 2 persons.
    const says = PERSON_NEXT.has(nextWord);
    const web = /\.(com|org|net)\b/u.test(text);
    if (says && (acronym || web || /^\p{Lu}\p{L}*\p{Ll}\p{L}*\p{Lu}$/u.test(text))) return { type: 'organization', rule: 'organization:shape' };
    // (Not a surname's prefix: "McCain", "MacArthur", "DiCaprio", "LeBron", "DeSantis".)
    const camel = /\p{Ll}\p{Lu}/u.test(text) && !SURNAME_PREFIX.test(text);
    if ((acronym || camel || web) && !says && !alwaysAfterDeterminer(i, j)) return { type: 'organization', rule: 'organization:shape' };
    if (PERSON_NEXT.has(nextWord) && /^\s*$/.test(tokens[j - 1]!.post)) return { type: 'person', rule: 'person:speaks' };
    // "Jirō Shiizaki (30 September 1911 – 1945)", "Ann Lee (born 1952)": a life's span in brackets after a name.
    if (LIFESPAN.test(body.slice(tokens[j - 1]!.end, tokens[j - 1]!.end + 60)) && !SPANNED_THINGS.has(word(j - 1))) return { type: 'person', rule: 'person:lifespan' };
    // "“We have brains.” — Peres, on whether ...": a name after a dash that closes a quotation is who said it.
    if (/["”]\s*[—–]\s*$/.test(body.slice(Math.max(0, tokens[i]!.start - 8), tokens[i]!.start))) return { type: 'person', rule: 'person:speaks' };
    // "..., said Mauer, ...": a name right after a speech verb that closes a quotation or clause.
    const sameSentence = prev && sentenceOf[i - 1] === sentenceOf[i];
    if (sameSentence && PERSON_NEXT.has(prev.lower) && prev.tags.has('Verb') && /^\s+$/.test(prev.post) && /^[,.;]/.test(tokens[j - 1]!.post)) return { type: 'person', rule: 'person:speaks' };
    // A credit after a caption label: "Image: Snbehnke.", "Video: Miharris & Acphillips."
    const from = Math.max(0, i - 4);
    const label = from + tokens.slice(from, i).findLastIndex((t) => CAPTION_WORDS.has(t.text) && t.post.startsWith(':'));
    if (label >= from && sentenceOf[label] === sentenceOf[i] && !/[.;]/.test(body.slice(tokens[label]!.end + 1, tokens[i]!.start))) return { type: 'person', rule: 'person:credit' };
    // "the team's coach, Alireza Mehraban": after a comma only where nothing else types the name ("the traveler, West Oakland").
    if (roleBefore(i, true)) return { type: 'person', rule: 'person:role-before' };
    if (appositiveRole(j) || roleOfBefore(i, j)) return { type: 'person', rule: 'person:appositive-role' };
    // "Netanyahu met ...", "Lukaku scored ...": a name of words no dictionary knows, right before a verb in the past
    // tense, is most often a person (precise 0.84 on web text left out of the tagger's training). Not after a
    // determiner ("the Areopagus appointed"), not a plural ("Polaroids selected"), not before a copula ("Coron was
    // reduced"); the tagger retypes it where it is sure of another type.
    const verb = tokens[j];
    if (verb && sentenceOf[j] === sentenceOf[i] && /^\s+$/.test(tokens[j - 1]!.post) && /^\p{Ll}+$/u.test(verb.text) && verb.tags.has('PastTense') && !verb.tags.has('Copula') && !DETERMINERS.has(prev?.lower ?? '') && !/\p{Ll}s$/u.test(word(j - 1)) && tokens.slice(i, j).every((_t, k) => unknownWord(i + k)) && !lex.demonyms.has(word(i))) return { type: 'person', rule: 'person:subject' };
    // Authors cited: "Quilis (1964)", "Klingberg et al., 2005", "(Porte, 2012)".
    if (citedAuthor(i, j)) return { type: 'person', rule: 'person:cited' };
    // (Not common words: "the Gliders team", "the European team", "a Virtual Microscope project".)
    const common = () => tokens.slice(i, j).every((t) => isEnglishWord(stripPossessive(t.text)) || lex.demonyms.has(t.text) || t.tags.has('Demonym') || t.tags.has('Adjective'));
    if (ORG_NEXT.has(nextWord) && /^\s*$/.test(tokens[j - 1]!.post) && !/\d/.test(text) && !common()) return { type: 'organization', rule: 'organization:noun-after' };
    return null;
  }

  /** A common noun right after a name, in its sentence: "the NASA Discovery mission" (or a plural the tagger reads as a verb). */
  function nounAfter(j: number, plurals = false): boolean {
    const next = tokens[j];
    return !!next && sentenceOf[j] === sentenceOf[j - 1] && /^\s+$/.test(tokens[j - 1]!.post) && !next.pre.trim() && /^\p{Ll}{2,}$/u.test(next.text) && ((next.tags.has('Noun') && !next.tags.has('Pronoun')) || (plurals && /s$/.test(next.text)));
  }

  /**
   * What a country's mention stands for, when it is not the land: a national team. (A capital before a verb was its
   * country's government, "Tehran insisted", until 2026-11-29: of 28 such mentions in the seven corpora, the NER
   * corpora's and GUM's, none was an organization in the gold; 16 were governments typed as places, "Islamabad
   * accuses New Delhi", and 12 no government at all: the city, "Athens hosted", or a person, "Washington appointed".)
   */
  function metonymyOf(e: LexEntry, first: number, after: number): string | undefined {
    if (e.rule !== 'place:country') return undefined;
    // (Not where the text is about the land: "a tournament in Canada", "within Australia", "in the Netherlands".)
    // (Nor where it qualifies a team: "the Australia women's national wheelchair basketball team" is the land's team.)
    const next = tokens[after];
    const qualifies = !!next && sentenceOf[after] === sentenceOf[first] && /^(women|men|national)$/.test(stripPossessive(next.text));
    // Countries as agents stay places: measured on GUM, marking them as governments lost more than it won.
    return sportsArticle && !locative(first) && !qualifies ? `national team of ${e.canonical}` : undefined;
  }

  /** Whether a force's head word ends the run from i to j, or a part of it. */
  function headed(i: number, j: number): boolean {
    for (let k = j; k > i; k--) if (forceHeadAt(k)) return true;
    return false;
  }

  /** Whether the number at i opens a unit's name: capitalised words after it, the last a unit's ("16 Air Assault Brigade"). */
  function numberedUnit(i: number): boolean {
    for (let k = i + 1; k <= i + 4 && joined(k - 1) && /^\p{Lu}/u.test(tokens[k]?.text ?? ''); k++) {
      if (NUMBERED_UNITS.has(tokens[k]!.text) && !(joined(k) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? ''))) return true;
    }
    return false;
  }

  /**
   * Whether the words before token j end a force's name: "Fifth Fleet", "Royal Air Force", "the General Staff"; with
   * its number or a hyphenated name after the head ("Carrier Strike Group 2", "Joint Task Force-Bravo").
   */
  function forceHeadAt(j: number): boolean {
    const end = j > 1 && (/^\d+$/.test(word(j - 1)) || NUMBER_WORDS.has(word(j - 1)) || (tokens[j - 2]!.post === '-' && /^\p{Lu}/u.test(word(j - 1)))) ? j - 1 : j;
    return end > 0 && endsForceName([word(end - 4), word(end - 3), word(end - 2), word(end - 1)]);
  }

  /**
   * Whether tokens [k, j) after a title are a command's area, which makes the title an office's name and no one's:
   * "Supreme Allied Commander Europe" (not a compass word: "Colonel North" is a man).
   */
  function officeArea(k: number, j: number): boolean {
    return k < j && tokens.slice(k, j).every((t) => COMMAND_AREAS.has(t.text) && !DIRECTIONS.has(t.text));
  }

  /** Whether an aircraft's model starts at token k: "F-16s", "B-52", "MiG-29" (a hyphen after the letters may part the tokens). */
  function aircraftModelAt(k: number): boolean {
    return /^\p{Lu}\p{L}{0,2}-?\d/u.test(word(k)) || (/^\p{Lu}\p{L}{0,2}$/u.test(word(k)) && tokens[k]!.post === '-' && /^\d/.test(word(k + 1)));
  }

  function affiliationOf(i: number): string | undefined {
    const hit = lexHit(lex.root, tokens, i, joined);
    if (hit?.entry.type === 'place') return hit.entry.canonical;
    return lex.demonyms.get(word(i));
  }
}
