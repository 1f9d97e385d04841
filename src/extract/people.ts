// People: titles and honorifics are kept as attributes, never as part of the name.

/** Titles that may stand before a name, longest first. Reason: news names officials by office. */
export const TITLES: string[] = [
  'Vice President', 'President', 'Prime Minister', 'Deputy Prime Minister', 'Foreign Minister', 'Defence Minister',
  'Defense Minister', 'Interior Minister', 'Finance Minister', 'Minister', 'Secretary of State', 'Defense Secretary',
  'Defence Secretary', 'Home Secretary', 'Shadow Home Secretary', 'Foreign Secretary', 'Press Secretary', 'Secretary-General',
  'Secretary General', 'Secretary', 'Special Envoy', 'Envoy', 'Ambassador',
  'Supreme Leader', 'Ayatollah', 'Sheikh', 'King', 'Queen', 'Prince', 'Princess', 'Crown Prince', 'Emperor', 'Pope',
  'Chancellor', 'Senator', 'Sen.', 'Representative', 'Rep.', 'Congressman', 'Congresswoman', 'Governor', 'Gov.',
  'Mayor', 'Judge', 'Justice', 'Chief Justice', 'Speaker', 'Chairman', 'Chairwoman', 'Director', 'Spokesman',
  'Spokeswoman', 'Spokesperson', 'Admiral', 'Adm.', 'Vice Admiral', 'Rear Admiral', 'General', 'Gen.',
  'Lieutenant General', 'Lt. Gen.', 'Major General', 'Maj. Gen.', 'Brigadier General', 'Brig. Gen.', 'Colonel',
  'Col.', 'Lieutenant Colonel', 'Lt. Col.', 'Major', 'Maj.', 'Captain', 'Capt.', 'Lieutenant', 'Lt.', 'Sergeant',
  'Sgt.', 'Commander', 'Cmdr.', 'Commissioner', 'Detective', 'Officer', 'Sheriff', 'Dr.', 'Dr', 'Mr.', 'Mr',
  'Mrs.', 'Mrs', 'Ms.', 'Ms', 'Miss', 'Prof.', 'Professor', 'Sir', 'Dame', 'Lord', 'Lady', 'Rabbi', 'Imam', 'Father',
  'Bishop', 'Archbishop', 'Cardinal', 'Coach', 'Chief',
];

/**
 * Military ranks and ratings, as defence press releases and their photo credits write them ("Staff Sgt.", "Petty
 * Officer 2nd Class", "Air Chief Marshal"). Titles for the rules, kept out of the tagger's title words: "Air",
 * "Wing", "Group", "Class" and "Staff" open names more often than they title people. (Not "Private", "Specialist" or
 * "Commodore" alone: "the Private Sector", "Commodore 64".)
 */
const RATINGS = ['Petty Officer', 'Mass Communication Specialist', 'Seaman', 'Airman', 'Hospital Corpsman', 'Aviation Boatswain\'s Mate', 'Gunner\'s Mate', 'Boatswain\'s Mate', 'Machinist\'s Mate', 'Electronics Technician', 'Culinary Specialist', 'Logistics Specialist', 'Information Systems Technician', 'Fire Controlman', 'Operations Specialist', 'Yeoman', 'Aviation Electronics Technician', 'Aviation Structural Mechanic', 'Aviation Machinist\'s Mate', 'Cryptologic Technician'];
const RANKS: string[] = [
  'Pvt.', 'Private First Class', 'Pfc.', 'PFC', 'Spc.', 'Corporal', 'Cpl.', 'Lance Corporal', 'Lance Cpl.',
  'Staff Sergeant', 'Staff Sgt.', 'Sergeant First Class', 'Sgt. 1st Class', 'Master Sergeant', 'Master Sgt.', 'First Sergeant',
  '1st Sgt.', 'Sergeant Major', 'Sgt. Maj.', 'Command Sergeant Major', 'Command Sgt. Maj.', 'Gunnery Sergeant', 'Gunnery Sgt.',
  'Technical Sergeant', 'Tech. Sgt.', 'Senior Master Sgt.', 'Chief Master Sgt.', 'Chief Master Sergeant', 'Warrant Officer',
  'Chief Warrant Officer', 'Chief Warrant Officer 2', 'Chief Warrant Officer 3', 'Chief Warrant Officer 4', 'Chief Warrant Officer 5',
  'Second Lieutenant', '2nd Lt.', 'First Lieutenant', '1st Lt.', 'Lieutenant Commander', 'Lt. Cmdr.', 'Vice Adm.', 'Rear Adm.',
  'Ensign', 'Brigadier', 'Field Marshal', 'Colonel General', 'Col. Gen.', 'Commander-in-Chief', 'Commander in Chief', 'Senior Airman', 'Airman First Class', 'Airman 1st Class',
  'Chief Petty Officer', 'Senior Chief Petty Officer', 'Master Chief Petty Officer', 'Air Marshal', 'Air Vice-Marshal',
  'Air Vice Marshal', 'Air Chief Marshal', 'Air Commodore', 'Group Captain', 'Wing Commander', 'Squadron Leader',
  'Flight Lieutenant', 'Flying Officer', 'Pilot Officer', 'Flt Lt', 'Flt. Lt.', 'Gp Capt', 'Warrant Officer Class 1',
  'Warrant Officer Class 2', 'Colour Sergeant', 'Colour Sgt', 'Lance Sergeant', 'Rifleman', 'Trooper', 'Fusilier', 'Kingsman',
  ...RATINGS.flatMap((r) => [r, `${r} 1st Class`, `${r} 2nd Class`, `${r} 3rd Class`, `Chief ${r}`]),
];

/** Companies' offices before a name ("Chief Executive Jensen Huang"), for the rules only as ranks are. */
const OFFICES = ['CEO', 'Chief Executive', 'Chief Executive Officer', 'Chief Financial Officer', 'Chief Operating Officer', 'Chief Technology Officer', 'Managing Director', 'Executive Director', 'Chief Economist', 'Chief Investment Officer'];

/** Forms of address before a name or an office ("Madame Curie", "Madam Speaker"), for the rules only. */
const ADDRESSES = ['Madam', 'Madame'];

/** Titles the rules read beside TITLES: ranks, companies' offices and forms of address. */
export const RULE_TITLES: readonly string[] = [...RANKS, ...OFFICES, ...ADDRESSES];

/**
 * Peoples and faiths named as groups of people ("Arabs", "Muslims"); nationalities in the plural ("Palestinians") come
 * from the demonyms. GUM annotates such groups as persons.
 */
export const PEOPLE_GROUPS = new Set(['Arabs', 'Kurds', 'Muslims', 'Jews', 'Christians', 'Catholics', 'Protestants', 'Hindus', 'Buddhists', 'Sikhs', 'Rohingya']);

/** The home nations' peoples, which the country package leaves out of its demonyms. */
export const HOME_DEMONYMS = new Set(['English', 'Scottish', 'Scots', 'Welsh', 'Irish']);

/** Adjectives of peoples and faiths that no demonym list holds: "the Arab Moslem regime" names no leader. */
export const PEOPLE_ADJECTIVES = new Set(['Arab', 'Muslim', 'Moslem', 'Islamic', 'Islamist', 'Jewish', 'Christian', 'Catholic', 'Protestant', 'Hindu', 'Buddhist', 'Sikh', 'Shia', 'Shiite', 'Sunni', 'Kurdish', 'Palestinian', 'Western', 'Communist', 'Socialist', 'Nazi', 'Soviet']);

/** Nouns after a leader's name that make the name the leader's: "the Bush administration", "the Trump campaign". */
export const LEADER_NEXT = new Set(['administration', 'presidency', 'campaign', 'cabinet', 'regime', 'era']);

/** Lower-cased first words that never start a person's name on their own. */
export const NOT_NAMES = new Set(['god', 'internet', 'web', 'ok', 'phd', 'ph.d.']);

/** Words after an untyped name that make it a person: speech and mind verbs. Reason: only people say and think. */
export const PERSON_NEXT = new Set([
  'said', 'says', 'told', 'tells', 'explained', 'explains', 'added', 'adds', 'stated', 'wrote', 'writes', 'argued',
  'noted', 'recalled', 'believes', 'thinks', 'thought', 'insisted', 'admitted', 'replied', 'asked', 'answered',
  'commented', 'remarked', 'continued', 'laughed', 'smiled', 'himself', 'herself',
]);

/** Heads of a body, a role only with the body named after them: "the head of NATO, Hoop Scheffer". */
export const HEADS_OF = new Set(['head', 'chief', 'leader', 'general', 'secretary', 'chair', 'boss', 'member']);

/** Lower-case role nouns right before a name that make it a person ("founder Hugh McGuire", "interviewee R Saravanan"). */
export const PERSON_ROLES = new Set(['interviewee', 'founder', 'co-founder', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor', 'aide', 'colleague', 'player', 'coach', 'captain', 'author', 'artist', 'singer', 'actor', 'actress', 'writer', 'editor', 'reporter', 'correspondent', 'lawyer', 'attorney', 'judge', 'officer', 'student', 'teacher', 'professor', 'scientist', 'researcher', 'biologist', 'magician', 'poet', 'candidate', 'senator', 'minister', 'president', 'chairman', 'director', 'owner', 'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'friend']);
