// Forces: armed forces, commands, formations, ships and armed groups. Absent from general NER,
// so each shape is a rule here. Named groups ("Hezbollah", "IRGC") are in lexicon.ts.
import { dict } from '../dict.js';

/** Ship prefixes → the navy's country. Reason: "USS Abraham Lincoln" is a ship, not a person. */
export const SHIP_PREFIXES: Readonly<Record<string, string>> = dict({
  USS: 'United States', USNS: 'United States', HMS: 'United Kingdom', HMCS: 'Canada', HMAS: 'Australia',
  HMNZS: 'New Zealand', INS: 'India', IRIS: 'Iran', RFS: 'Russia', FS: 'France', JS: 'Japan', ROKS: 'South Korea',
});

/**
 * Kinds of warship written before a ship's name: "the German frigate Hessen", "the cruiser Moskva". (Not "carrier"
 * alone: airlines and telephone companies are carriers.)
 */
export const SHIP_KINDS = new Set([
  'frigate', 'destroyer', 'cruiser', 'corvette', 'submarine', 'warship', 'battleship', 'minesweeper', 'cutter', 'aircraft carrier',
  'amphibious assault ship', 'landing ship', 'patrol ship', 'patrol vessel', 'patrol boat', 'flagship',
]);

/** Lower-case words that, after a country or demonym, make a force: "US forces", "the Iranian navy". */
export const FORCE_NOUNS = new Set([
  'forces', 'force', 'troops', 'navy', 'army', 'military', 'air force', 'marines', 'coast guard', 'soldiers',
  'warships', 'militia', 'militias', 'special forces', 'armed forces', 'naval forces', 'ground forces',
  'fighters', 'militants', 'commandos', 'paratroopers', 'peacekeepers',
]);

/** Alliances whose forces a force noun after them names: "NATO forces", "UN peacekeepers", "EU troops". */
export const ALLIANCES = new Set(['NATO', 'United Nations', 'European Union', 'African Union']);

/** Lower-case words between a country or demonym and a force noun: "Iraqi security forces", "Syrian government troops". */
export const FORCE_MODIFIERS = new Set(['security', 'government', 'regime', 'military', 'opposition', 'rebel', 'regular', 'paramilitary', 'elite', 'ground', 'naval', 'pro-government', 'allied', 'coalition']);

/** Last words that make a capitalised run a force: "Central Command", "Fifth Fleet", "Revolutionary Guards". */
export const FORCE_SUFFIXES = new Set([
  'Command', 'Fleet', 'Army', 'Navy', 'Corps', 'Guard', 'Guards', 'Brigade', 'Brigades', 'Division', 'Regiment',
  'Battalion', 'Forces', 'Militia', 'Marines', 'Squadron', 'Wing', 'Legion', 'Airborne', 'Flotilla', 'Detachment',
  'Rifles', 'Fusiliers', 'Commando', 'Dragoons', 'Hussars', 'Lancers', 'Korps',
]);

/** The last two or three words of a force's name where the last alone names no force ("Royal Air Force", not "Labor
 * Force"; "the Ukrainian General Staff", not "its staff"; "Carrier Strike Group 2", not "Volkswagen Group"). */
export const FORCE_HEAD_PAIRS = new Set(['Air Force', 'Aerospace Force', 'Space Force', 'Quds Force', 'Defense Force', 'Defence Force', 'Expeditionary Unit', 'Expeditionary Force', 'Rotational Force', 'General Staff', 'Task Force', 'Delta Force', 'Strike Group', 'Chiefs of Staff', 'Combat Team', 'Battle Group', 'Task Group', 'Ready Group', 'Joint Staff', 'Warfare Group', 'Operations Group', 'Maritime Group',
  'Corps of Engineers', 'Security Force', 'Border Force', 'Protection Force', 'Reaction Force', 'Response Force', 'Protection Units', 'Mobilization Units', 'Mobilisation Units', 'Army Group']);

/**
 * Units a cardinal number opens ("16 Air Assault Brigade", "40 Commando"; not "5 Marines", who are five men, nor
 * "3 Division titles").
 */
export const NUMBERED_UNITS = new Set(['Brigade', 'Regiment', 'Battalion', 'Squadron', 'Commando', 'Wing', 'Flotilla']);

/** Numbers written as words after a force's head ("Standing NATO Maritime Group Two"; not "One": "Air Force One" is a plane). */
export const NUMBER_WORDS = new Set(['Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve']);

/** Bodies whose names end in a force's head but bear no arms: "the Salvation Army", "the Peace Corps", "the White House Press Corps". */
const UNARMED = new Set(['Salvation Army', 'Peace Corps', 'Press Corps', 'Job Corps', 'Diplomatic Corps', 'Teacher Corps', 'Conservation Corps']);

/** Areas after a force's head that name a command for it: "U.S. Army Europe", "Special Operations Command Pacific", "U.S. Forces Korea", "Multinational Division North East". */
export const COMMAND_AREAS = new Set(['Europe', 'Africa', 'Pacific', 'Atlantic', 'Central', 'North', 'South', 'East', 'West', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Korea', 'Japan', 'Iraq', 'Afghanistan', 'Americas']);

/** Whether words end a force's name: "Fifth Fleet", "Royal Air Force", "Joint Chiefs of Staff", "Army Europe", "Task Force Bravo". */
export function endsForceName(words: readonly string[]): boolean {
  if (UNARMED.has(words.slice(-2).join(' '))) return false;
  if (words.length > 1 && COMMAND_AREAS.has(words[words.length - 1]!)) return endsForceName(words.slice(0, -1));
  // A task force is named by the word after it: "Task Force Guantanamo", "Joint Task Force Bravo".
  if (words.length > 2 && words.at(-3) === 'Task' && words.at(-2) === 'Force' && /^\p{Lu}/u.test(words.at(-1)!)) return true;
  return words.length > 0 && (FORCE_SUFFIXES.has(words[words.length - 1]!) || FORCE_HEAD_PAIRS.has(words.slice(-2).join(' ')) || FORCE_HEAD_PAIRS.has(words.slice(-3).join(' ')));
}

/** Words of services that share a head word in one name: "Air and Space Force", "Air and Missile Defense Command",
 * "Afghan National Defense and Security Forces". */
export const SERVICE_WORDS = new Set(['Air', 'Space', 'Land', 'Sea', 'Naval', 'Ground', 'Aerospace', 'Missile', 'Cyber', 'Marine', 'Coastal', 'Defense', 'Defence', 'Security']);

/** Lower-case nouns of units after a name that make it a force's: "the Azov battalion", "the Golani brigade". */
export const UNIT_NOUNS = new Set(['battalion', 'battalions', 'brigade', 'brigades', 'regiment', 'militia']);

/** A unit's kind, in brackets after its name: "101st Airborne Division (Air Assault)", "1st Infantry Division (Mechanized)". */
export const UNIT_QUALIFIERS = new Set(['Air Assault', 'Airborne', 'Airmobile', 'Air Mobile', 'Mechanized', 'Mechanised', 'Motorized', 'Motorised', 'Armored', 'Armoured', 'Light', 'Heavy', 'Separate', 'Provisional', 'Reinforced', 'Forward', 'Rear']);

/** Words that open a force's name and are common words at a sentence's start: "Air Mobility Command", "Joint Task Force". */
export const FORCE_OPENERS = new Set([...SERVICE_WORDS, 'Special', 'Joint', 'Combined', 'Royal', 'National', 'Allied', 'Multinational', 'Strategic']);

/** First words of military operations' names ("Operation Inherent Resolve"): no person's, place's or body's. */
export const OPERATION_WORDS = new Set(['Operation', 'Exercise']);

/** A force named by one word ("the Army said", "Marines arrived"): the service of the country the article is about. */
export const BARE_FORCES = new Set(['Army', 'Navy', 'Marines']);

/** Words that follow a ship's name to make the formation it leads. */
export const FORMATIONS = ['carrier strike group', 'strike group', 'battle group', 'task force', 'amphibious ready group'];

/**
 * Words that describe an armed group without naming its country, before a force noun: "regime forces",
 * "Coalition military forces", "Kurdish fighters", "Houthi rebels". The description is the force's name.
 */
export const GROUP_DESCRIPTORS = new Set([
  'regime', 'government', 'rebel', 'opposition', 'coalition', 'pro-government', 'pro-regime', 'separatist', 'insurgent', 'Islamist',
  'jihadist', 'allied', 'partner', 'Coalition', 'Kurdish', 'Houthi', 'Shia', 'Shiite', 'Sunni', 'Druze', 'Baloch', 'Pashtun', 'Tamil',
  'Chechen', 'Tuareg', 'Yazidi', 'Peshmerga', 'Alawite', 'Hazara', 'Arab', 'tribal', 'IS',
]);
/**
 * Descriptions that name one group: "Houthi rebels" are the Houthis (the lexicon's name, so both are one entity); "IS
 * militants" the Islamic State ("IS" alone is too often the verb in capitals to be a name).
 */
export const DESCRIBED_GROUPS: Readonly<Record<string, string>> = dict({ Houthi: 'Houthis', IS: 'Islamic State' });
/** Force nouns a group description takes: fewer than after a country ("government army" is a country's). */
export const GROUP_NOUNS = new Set(['forces', 'troops', 'fighters', 'militants', 'militia', 'militias', 'rebels', 'insurgents', 'gunmen', 'soldiers', 'separatists', 'jihadists', 'mercenaries', 'guerrillas', 'paramilitaries']);
/** Words after a country or demonym and a hyphen that describe a group by its backer: "Iranian-backed", "US-led". */
export const BACKED = new Set(['backed', 'led', 'allied', 'aligned', 'supported', 'funded', 'sponsored', 'trained', 'armed']);
/**
 * Words before a name that say an armed group bears it: "the jihadist group HTS", "the Iran-backed militia Kataib
 * Sayyid al-Shuhada"; and, before a body's name only (not a person's: "the militant Abu Musab"), "the paramilitary RSF".
 */
const ARMED_NOUN = /\b(?:(?:paramilitary|militant|jihadist|rebel|insurgent|armed|terrorist|separatist|guerrilla|Islamist|extremist)\s+(?:group|movement|organi[sz]ation|faction|alliance|outfit|network)|militia)\s+(?:the\s+)?$/u;
const ARMED_ADJECTIVE = /\b(?:paramilitary|jihadist|rebel|militant|insurgent)\s+$/u;

/** What the words before offset `start` say of the name there: an armed group's by a noun, by an adjective alone, or nothing. */
export function armedDescriptionBefore(body: string, start: number): 'noun' | 'adjective' | undefined {
  const before = body.slice(Math.max(0, start - 40), start);
  return ARMED_NOUN.test(before) ? 'noun' : ARMED_ADJECTIVE.test(before) ? 'adjective' : undefined;
}
