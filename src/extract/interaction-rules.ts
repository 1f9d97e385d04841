// What actors do to each other, as rules: the trigger words of each relation, the shape of the sentence around
// them, and the CAMEO event code (the taxonomy of GDELT, ICEWS and PETRARCH2's verb dictionary,
// ../shared/lexicons/petrarch2/CAMEO.2.0.txt) that an analyst can filter on. The engine is interactions.ts.
import type { Relation } from '../schema.js';

/**
 * - `verb`: SUBJECT [aux, adverbs, agent nouns] VERB [particle] [prep] [determiners, numbers, target nouns] OBJECT
 * - `noun`: SUBJECT [... a light verb: conducted, launched, held] NOUN PREP OBJECT, or modifiers before the noun
 *   ("US-Israeli strikes on Iran", "Iran-US talks")
 * - `passive`: OBJECT [was] VERB by SUBJECT ("backed by Russia")
 * - `between`: NOUN between A and B ("clashes between the army and the PKK")
 * - `phrase`: the clause's SUBJECT ... PHRASE OBJECT ("in support of Iraqi security forces", "alongside the SDF")
 * - `compound`: A-WORD OBJECT ("Iranian-backed militias", "the US-led coalition")
 * - `allies`: OWNER's (or the clause subject's "their") ALLY WORD ("their Hezbollah allies", "Iran's Houthi partners")
 */
export type Shape = 'verb' | 'noun' | 'passive' | 'between' | 'phrase' | 'compound' | 'allies';

export interface InteractionRule {
  name: string;
  type: Relation['type'];
  /** CAMEO code of the event; null where CAMEO has none (command, membership). */
  code: string | null;
  shape: Shape;
  /** Verbs by lemma (all their forms match) or words as written (nouns, phrases: several words match in a row). */
  lemmas?: string[];
  words?: string[];
  /** Lower-case words (the matter) that may stand between the verb and the preposition ("discussed regional security with"). */
  skip?: number;
  /** The place taken may stand between the verb and the preposition ("retook Ramadi from ISIL"). */
  placeFirst?: boolean;
  /** A particle that must follow the verb: "shot down". */
  particle?: string;
  /** Prepositions that must come before the object; without them the object follows directly. */
  preps?: string[];
  /**
   * Who must be at one end at least: `force`, an armed force (the words also name elections, matches and arrests:
   * "defeated", "captured", "clashed with"); `state`, a force or a country (parties "attack" each other in words,
   * firms wage "war").
   */
  armed?: 'force' | 'state';
  /** Neither end a force or a country: the words of war said of politics ("Trump's attacks on Clinton"). */
  unarmed?: boolean;
  /** Neither end a person: "played alongside Robert Palmer" is no alliance. */
  parties?: boolean;
  /** Both ends do it to each other ("clashed", "met"): one relation, either way round. */
  symmetric?: boolean;
  /** Parties named together before the verb do it to each other ("Ryan and Trump will meet"; not "Sanders and Trump are speaking"). */
  together?: boolean;
  /** The object does it to the subject ("under the command of X": X COMMANDS the subject). */
  reverse?: boolean;
  reason: string;
  example: string;
}

export const INTERACTION_RULES: InteractionRule[] = [
  // Conflict (CAMEO 19: fight; 18: assault).
  { name: 'attack', type: 'FIGHTS', code: '190', shape: 'verb', armed: 'state', lemmas: ['attack', 'strike', 'bomb', 'shell', 'raid', 'ambush', 'target', 'invade', 'besiege', 'bombard', 'pound', 'assault'], reason: 'a verb of armed attack with its target', example: 'Coalition aircraft struck ISIL positions near Mosul' },
  { name: 'defeat', type: 'FIGHTS', code: '190', shape: 'verb', lemmas: ['defeat', 'repel', 'overrun', 'rout', 'capture', 'hit'], armed: 'force', reason: 'words of battle that also name elections, matches and arrests: only with a force at one end', example: 'Iraqi security forces defeated ISIL in Mosul' },
  { name: 'fight-against', type: 'FIGHTS', code: '190', shape: 'verb', lemmas: ['fight', 'battle', 'wage war'], preps: ['against', 'on'], reason: 'fighting against someone', example: 'Kurdish fighters fought against Daesh' },
  { name: 'fight', type: 'FIGHTS', code: '190', shape: 'verb', lemmas: ['fight', 'battle'], reason: 'fighting someone, with the object named directly', example: 'The army fought the rebels' },
  { name: 'kill', type: 'FIGHTS', code: '190', shape: 'verb', lemmas: ['kill'], reason: 'killing or capturing members of a group', example: 'Iraqi forces killed 70 members of ISIL' },
  { name: 'shoot-down', type: 'FIGHTS', code: '195', shape: 'verb', lemmas: ['shoot'], particle: 'down', reason: 'shooting down an aircraft or drone of the other side', example: 'US forces had shot down an Iranian drone' },
  { name: 'retake-from', type: 'FIGHTS', code: '192', shape: 'verb', lemmas: ['liberate', 'recapture', 'retake', 'capture', 'seize', 'free', 'clear', 'expel', 'drive', 'oust', 'wrest', 'reclaim'], preps: ['from'], placeFirst: true, armed: 'force', reason: 'taking a place from the side that held it', example: 'The Iraqi army retook Ramadi from ISIL' },
  { name: 'clash', together: true, type: 'FIGHTS', code: '190', shape: 'verb', lemmas: ['clash', 'exchange fire', 'skirmish'], preps: ['with'], symmetric: true, armed: 'force', reason: 'a clash is fought by both sides', example: 'Turkish troops clashed with the YPG' },
  { name: 'strikes-against', type: 'FIGHTS', code: '195', shape: 'noun', armed: 'state', words: ['strike', 'strikes', 'airstrike', 'airstrikes', 'air strike', 'air strikes', 'attack', 'attacks', 'raid', 'raids', 'offensive', 'assault', 'bombing', 'bombings', 'shelling', 'operations', 'operation', 'campaign', 'war', 'fight', 'fighting', 'counteroffensive', 'invasion', 'incursion', 'missile strikes', 'drone strikes'], preps: ['against', 'on', 'targeting', 'of'], reason: 'an attack noun with its target, by the subject or by its modifiers', example: 'Coalition military forces conducted 26 strikes against ISIL' },
  { name: 'clashes-between', together: true, type: 'FIGHTS', code: '190', shape: 'between', words: ['clashes', 'fighting', 'battles', 'war', 'conflict', 'hostilities', 'skirmishes', 'clash', 'battle'], symmetric: true, armed: 'state', reason: 'fighting between two sides', example: 'clashes between Syrian regime forces and the SDF' },
  { name: 'campaign-to-defeat', type: 'FIGHTS', code: '190', shape: 'phrase', armed: 'state', words: ['campaign to defeat', 'fight against', 'war against', 'war on', 'campaign against', 'fight to defeat', 'mission to defeat', 'effort to defeat'], reason: 'the campaign a subject wages against someone', example: 'Coalition partners continue the campaign to defeat Daesh' },

  { name: 'verbal-attack', type: 'CRITICIZES', code: '111', shape: 'noun', words: ['attack', 'attacks', 'assault', 'broadside', 'tirade', 'criticism', 'criticisms', 'condemnation'], preps: ['on', 'against', 'of'], unarmed: true, reason: 'an attack between people and parties is in words', example: 'Donald Trump’s attacks on Bill Clinton' },
  { name: 'verbal-attack-verb', type: 'CRITICIZES', code: '111', shape: 'verb', lemmas: ['attack', 'target'], unarmed: true, reason: 'people and parties attack each other in words', example: 'Cruz attacked Rubio over immigration' },

  // Alliance and support (CAMEO 06: material cooperation; 07: provide aid).
  { name: 'alongside', together: true, type: 'ALLIED_WITH', code: '062', shape: 'phrase', parties: true, words: ['alongside', 'together with', 'in cooperation with', 'in coordination with', 'jointly with', 'in partnership with', 'side by side with', 'allied with', 'in alliance with'], symmetric: true, reason: 'acting together with another party', example: 'Iraqi forces fought alongside Kurdish Peshmerga' },
  { name: 'their-allies', type: 'ALLIED_WITH', code: '062', shape: 'allies', words: ['allies', 'ally', 'partners', 'partner', 'proxies', 'proxy'], symmetric: true, parties: true, reason: 'a party named as another’s ally', example: 'Syrian troops and their Hezbollah allies' },
  { name: 'ally', together: true, type: 'ALLIED_WITH', code: '062', shape: 'verb', lemmas: ['ally', 'partner', 'team up', 'side'], preps: ['with'], symmetric: true, reason: 'allying with someone', example: 'The rebels allied with Turkey' },
  { name: 'support', type: 'SUPPORTS', code: '070', shape: 'verb', lemmas: ['support', 'back', 'arm', 'train', 'fund', 'finance', 'equip', 'supply', 'assist', 'aid', 'reinforce', 'sponsor'], reason: 'material or military support for someone', example: 'Iran arms and funds Hezbollah' },
  { name: 'backed-by', type: 'SUPPORTS', code: '070', shape: 'passive', lemmas: ['back', 'support', 'arm', 'train', 'fund', 'finance', 'equip', 'sponsor', 'assist', 'aid'], reason: 'someone backed by a patron', example: 'militias backed by Iran' },
  { name: 'in-support-of', type: 'SUPPORTS', code: '070', shape: 'phrase', words: ['in support of', 'on behalf of'], reason: 'an act in support of another party', example: 'Coalition forces conducted strikes in support of Iraqi security forces' },
  { name: 'support-for', type: 'SUPPORTS', code: '070', shape: 'noun', words: ['support', 'assistance', 'aid', 'weapons', 'arms', 'backing', 'training', 'funding'], preps: ['to', 'for'], reason: 'support given to another party by the subject', example: 'Iran provided weapons to the Houthis' },
  { name: 'x-backed', type: 'SUPPORTS', code: '070', shape: 'compound', words: ['backed', 'supported', 'funded', 'sponsored', 'armed', 'trained', 'allied'], reason: 'a patron named in a compound adjective', example: 'Iranian-backed militias' },

  // Command and leadership (no CAMEO code: a standing relation, not an event).
  { name: 'led', type: 'LEADS', code: null, shape: 'compound', words: ['led'], reason: 'a leader named in a compound adjective', example: 'the US-led coalition' },
  { name: 'under-command', type: 'COMMANDS', code: null, shape: 'phrase', words: ['under the command of'], reverse: true, reason: 'a force under someone’s command', example: 'The brigade was under the command of General Smith' },
  { name: 'under-leadership', type: 'LEADS', code: null, shape: 'phrase', words: ['under the leadership of'], reverse: true, reason: 'a body under someone’s leadership', example: 'The party, under the leadership of Renato Raffaele' },
  { name: 'commanded-by', type: 'COMMANDS', code: null, shape: 'passive', lemmas: ['command'], reason: 'a force commanded by someone', example: 'German forces commanded by Erwin Rommel' },
  { name: 'commands', type: 'COMMANDS', code: null, shape: 'verb', lemmas: ['command'], reason: 'someone commands a force', example: 'General Smith commands the 4th Brigade' },
  { name: 'leads', type: 'LEADS', code: null, shape: 'verb', lemmas: ['lead', 'head', 'chair'], reason: 'someone leads a body', example: 'Witkoff heads the delegation' },

  // Membership.
  { name: 'joined', type: 'MEMBER_OF', code: null, shape: 'verb', lemmas: ['join'], reason: 'joining a body or coalition', example: 'Jordan joined the coalition' },

  // Communication (CAMEO 04: consult; 041 by telephone; 046 negotiate).
  { name: 'met', type: 'MET_WITH', code: '040', shape: 'verb', lemmas: ['meet', 'host'], reason: 'a meeting between parties', example: 'Araghchi met Omani Foreign Minister Badr Albusaidi' },
  { name: 'met-with', together: true, type: 'MET_WITH', code: '040', shape: 'verb', lemmas: ['meet', 'negotiate', 'confer', 'sit down'], preps: ['with'], symmetric: true, reason: 'meeting or negotiating with someone', example: 'Iran negotiated with the United States' },
  { name: 'talks', together: true, type: 'MET_WITH', code: '046', shape: 'noun', words: ['talks', 'negotiations', 'meeting', 'meetings', 'summit', 'consultations', 'discussions', 'dialogue'], preps: ['with'], symmetric: true, reason: 'talks held with someone, or between the parties named before the noun', example: 'Iranian and American negotiators concluded several hours of talks' },
  { name: 'talks-between', together: true, type: 'MET_WITH', code: '046', shape: 'between', words: ['talks', 'negotiations', 'meeting', 'meetings', 'summit', 'dialogue', 'engagement'], symmetric: true, reason: 'talks between two parties', example: 'talks between Iran and the United States' },
  { name: 'called', type: 'TALKED_TO', code: '041', shape: 'verb', lemmas: ['phone', 'telephone', 'speak'], preps: ['with', 'to'], symmetric: true, reason: 'speaking with someone', example: 'Trump spoke with Netanyahu' },
  { name: 'discussed-with', type: 'TALKED_TO', code: '040', shape: 'verb', lemmas: ['discuss', 'consult', 'confer'], preps: ['with'], skip: 5, reason: 'discussing a matter with someone', example: 'Mattis discussed regional security with Canikli' },
  { name: 'phoned', type: 'TALKED_TO', code: '041', shape: 'verb', lemmas: ['phone', 'telephone'], reason: 'calling someone', example: 'Putin phoned Erdogan' },
  { name: 'phone-call', together: true, type: 'TALKED_TO', code: '041', shape: 'noun', words: ['phone call', 'telephone call', 'call', 'conversation', 'phone conversation'], preps: ['with'], symmetric: true, reason: 'a call with someone', example: 'Macron held a phone call with Pezeshkian' },

  // Criticism and praise (CAMEO 111 criticize or denounce, 112 accuse, 051 praise or endorse).
  { name: 'condemned', type: 'CRITICIZES', code: '111', shape: 'verb', lemmas: ['condemn', 'criticize', 'criticise', 'denounce', 'slam', 'rebuke', 'censure', 'blast', 'castigate', 'lambaste', 'deplore'], reason: 'criticism of someone', example: 'France condemned Russia' },
  { name: 'accused', type: 'CRITICIZES', code: '112', shape: 'verb', lemmas: ['accuse', 'blame'], reason: 'an accusation against someone', example: 'Iran accused Israel of sabotage' },
  { name: 'praised', type: 'PRAISES', code: '051', shape: 'verb', lemmas: ['praise', 'commend', 'hail', 'laud', 'thank', 'congratulate', 'applaud'], reason: 'praise of someone', example: 'The president praised Oman' },
];

// The words the engine reads around a trigger.

/** Words between a subject and its verb: auxiliaries, adverbs, and the nouns a party acts through ("US forces had", "Iranian negotiators"). */
export const SUBJECT_FILLER = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'been', 'being', 'be', 'also', 'reportedly', 'allegedly', 'later', 'then', 'again',
  'jointly', 'repeatedly', 'previously', 'recently', 'already', 'still', 'now', 'further', 'subsequently', 'first', 'successfully', 'publicly',
  'forces', 'force', 'troops', 'soldiers', 'fighters', 'militants', 'jets', 'warplanes', 'aircraft', 'drones', 'planes', 'artillery', 'navy',
  'army', 'military', 'government', 'officials', 'diplomats', 'negotiators', 'delegation', 'delegations', 'leaders', 'leader', 'units', 'militia',
  'militias', 'rebels', 'gunmen', 'warships', 'ships', 'vessels', 'police', 'authorities', 'regime', 'administration', 'ministry', 'spokesman',
  'spokeswoman', 'officers', 'commanders', 'security', 'air', 'naval', 'special', 'ground', 'allied', 'coalition', 'partner', 'partners',
  'president', 'minister', 'prime', 'foreign', 'defence', 'defense', 'counterpart', 'counterparts', 'envoy', 'envoys', 'team',
  'airstrikes', 'strikes', 'missiles', 'rockets', 'helicopters', 'bombers', 'tanks', 'gunships', 'fighter', 'operatives',
]);
/** Light verbs and the words between them and an event noun: "conducted 26 strikes", "concluded several hours of talks". */
export const LIGHT_FILLER = new Set([
  'conducted', 'conducts', 'conduct', 'conducting', 'carried', 'carries', 'carry', 'carrying', 'out', 'launched', 'launches', 'launch',
  'launching', 'staged', 'mounted', 'began', 'begun', 'continued', 'continue', 'continues', 'intensified', 'resumed', 'held', 'hold', 'holds',
  'holding', 'concluded', 'opened', 'opens', 'started', 'waged', 'wage', 'wages', 'escalated', 'led', 'leads', 'joint', 'several', 'hours',
  'days', 'weeks', 'rounds', 'round', 'series', 'wave', 'waves', 'new', 'further', 'more', 'fresh', 'direct', 'indirect', 'high-level', 'of',
  'a', 'an', 'the', 'its', 'their', 'his', 'her', 'two', 'first', 'second', 'third', 'latest', 'last', 'recent', 'deadly', 'heavy', 'major',
  'massive', 'retaliatory', 'precision', 'air', 'ground', 'military', 'diplomatic', 'nuclear', 'bilateral', 'formal', 'face-to-face',
  'provided', 'provides', 'provide', 'gave', 'gives', 'give', 'sent', 'sends', 'send', 'expressed', 'offered', 'pledged', 'delivered',
  'strong', 'financial', 'humanitarian', 'logistical', 'political',
]);
/** Words between a verb or preposition and its object: "shot down an Iranian drone", "killed 70 members of ISIL". */
export const OBJECT_FILLER = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'several', 'dozens', 'hundreds', 'of', 'members', 'member', 'positions', 'position', 'fighters',
  'targets', 'target', 'facilities', 'facility', 'sites', 'site', 'bases', 'base', 'troops', 'forces', 'soldiers', 'drone', 'drones', 'vessel',
  'vessels', 'ship', 'ships', 'convoy', 'convoys', 'militants', 'strongholds', 'stronghold', 'territory', 'units', 'unit', 'personnel',
  'infrastructure', 'headquarters', 'depots', 'depot', 'camps', 'camp', 'nuclear', 'military', 'leaders', 'leader', 'commanders', 'commander',
  'officials', 'supporters', 'elements', 'remnants', 'cells', 'hideouts', 'vehicles', 'tanks', 'aircraft', 'jet', 'jets', 'warship',
  'warships', 'missile', 'missiles', 'launchers', 'weapons', 'storage', 'air', 'defence', 'defense', 'naval', 'key', 'senior', 'top', 'two',
  'three', 'both', 'down', 'up', 'back', 'off', 'out',
]);
/** Words after which the one named is not the party acting or acted on: "former members of", "rival factions of". */
export const NOT_THE_PARTY = new Set(['former', 'ex', 'rival', 'breakaway', 'dissident', 'renegade', 'defecting', 'defected']);
/** Words that deny, only suppose or announce an act: a relation is not read through them (what happened is reported). */
export const NEGATIONS = new Set(['not', 'never', 'no', "n't", 'nor', 'neither', 'if', 'would', 'could', 'might', 'may', 'should', 'must', 'whether', 'deny', 'denied', 'denies', 'will', "'ll", 'shall']);
/** Words that open a clause or a preposition's phrase: the clause subject is the first actor after the last of them. */
export const CLAUSE_BREAKS = new Set(['which', 'who', 'whom', 'that', 'while', 'whereas', 'but', 'after', 'before', 'when', 'because', 'although', 'as', 'since', 'said', 'says', 'and']);
export const PREPOSITIONS = new Set(['in', 'of', 'on', 'against', 'with', 'by', 'from', 'to', 'for', 'at', 'near', 'over', 'into', 'between', 'about', 'among', 'than', 'toward', 'towards', 'under', 'alongside']);
/** Places that act: countries and capitals standing for them. Cities and regions are where things happen. */
export const ACTING_PLACES = new Set(['place:country', 'place:capital', 'place:former-country', 'place:demonym']);

/** Compound adjectives that name a patron or leader before the one acting: "US-led", "Iranian-backed". */
export const COMPOUND_WORDS = new Set(['led', 'backed', 'supported', 'funded', 'sponsored', 'armed', 'trained', 'allied', 'based']);
/** How a parenthetical between commas opens: a participle with its agent, a relative pronoun. */
export const PARENTHETICAL = /^(?:\S+ed by |who |which |including |led by |based in |with the (?:support|help|backing|assistance) of |with |alongside |along with |together with |backed by |supported by |aided by |in (?:support|coordination|cooperation) with )/;
/** Nouns of the place a force takes: "retook the city of Ramadi from ISIL". */
export const PLACE_NOUNS = new Set(['the', 'city', 'town', 'village', 'of', 'district', 'province', 'areas', 'area', 'control', 'territory', 'neighbourhood', 'neighborhood', 'base', 'airport', 'region', 'positions', 'remaining', 'last', 'parts', 'most', 'much']);
/** Words between a verb or an event noun and its preposition: "spoke by phone with", "14 strikes consisting of 22 engagements against". */
export const BEFORE_PREP = new Set(['by', 'phone', 'telephone', 'video', 'videoconference', 'video-link', 'again', 'also', 'today', 'yesterday', 'consisting', 'of', 'engagements', 'engagement', 'comprising', 'involving', 'directly', 'separately', 'jointly', 'in', 'person', 'private', 'closed-door', 'behind', 'doors']);

/** Relations whose object may be named as an owner ("struck Iran's facilities", "criticised Russia's war"). */
export const OWNER_OBJECTS = new Set<Relation['type']>(['FIGHTS', 'SUPPORTS', 'CRITICIZES', 'PRAISES']);

/** Prepositions that say where something happened. */
export const LOCATIVES = new Set(['in', 'near', 'at', 'outside', 'around', 'over', 'across', 'off', 'inside', 'throughout']);
export const DIRECTIONS = /^(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern|northeast|northwest|southeast|southwest|north|south|east|west)$/;

/** Nouns whose relation makes an event node: an attack, a strike, talks, a meeting. */
export const EVENT_KINDS = new Set(['strike', 'strikes', 'airstrike', 'airstrikes', 'air strike', 'air strikes', 'attack', 'attacks', 'raid', 'raids', 'offensive', 'assault', 'bombing', 'bombings', 'shelling', 'invasion', 'incursion', 'missile strikes', 'drone strikes', 'clashes', 'battles', 'battle', 'talks', 'negotiations', 'meeting', 'meetings', 'summit', 'phone call', 'telephone call', 'call']);
