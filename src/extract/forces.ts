// Forces: armed forces, commands, formations, ships and armed groups. Absent from general NER,
// so each shape is a rule here. Named groups ("Hezbollah", "IRGC") are in lexicon.ts.

/** Ship prefixes → the navy's country. Reason: "USS Abraham Lincoln" is a ship, not a person. */
export const SHIP_PREFIXES: Record<string, string> = {
  USS: 'United States', USNS: 'United States', HMS: 'United Kingdom', HMCS: 'Canada', HMAS: 'Australia',
  HMNZS: 'New Zealand', INS: 'India', IRIS: 'Iran', RFS: 'Russia', FS: 'France', JS: 'Japan', ROKS: 'South Korea',
};

/** Lower-case words that, after a country or demonym, make a force: "US forces", "the Iranian navy". */
export const FORCE_NOUNS = new Set([
  'forces', 'force', 'troops', 'navy', 'army', 'military', 'air force', 'marines', 'coast guard', 'soldiers',
  'warships', 'militia', 'militias', 'special forces', 'armed forces', 'naval forces', 'ground forces',
  'fighters', 'militants', 'commandos', 'paratroopers',
]);

/** Lower-case words between a country or demonym and a force noun: "Iraqi security forces", "Syrian government troops". */
export const FORCE_MODIFIERS = new Set(['security', 'government', 'military', 'opposition', 'rebel', 'regular', 'paramilitary', 'elite', 'ground', 'naval', 'pro-government', 'allied', 'coalition']);

/** Last words that make a capitalised run a force: "Central Command", "Fifth Fleet", "Revolutionary Guards". */
export const FORCE_SUFFIXES = new Set([
  'Command', 'Fleet', 'Army', 'Navy', 'Corps', 'Guard', 'Guards', 'Brigade', 'Brigades', 'Division', 'Regiment',
  'Battalion', 'Forces', 'Militia', 'Marines', 'Squadron', 'Wing', 'Legion', 'Airborne',
]);

/** Words that follow a ship's name to make the formation it leads. */
export const FORMATIONS = ['carrier strike group', 'strike group', 'battle group', 'task force', 'amphibious ready group'];
