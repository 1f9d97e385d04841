// People: titles and honorifics are kept as attributes, never as part of the name.

/** Titles that may stand before a name, longest first. Reason: news names officials by office. */
export const TITLES: string[] = [
  'Vice President', 'President', 'Prime Minister', 'Deputy Prime Minister', 'Foreign Minister', 'Defence Minister',
  'Defense Minister', 'Interior Minister', 'Finance Minister', 'Minister', 'Secretary of State', 'Defense Secretary',
  'Defence Secretary', 'Secretary-General', 'Secretary General', 'Secretary', 'Special Envoy', 'Envoy', 'Ambassador',
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

/** Lower-cased first words that never start a person's name on their own. */
export const NOT_NAMES = new Set(['god', 'internet', 'web', 'ok']);
