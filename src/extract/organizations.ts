// Organizations: recognised by the word that heads them ("... Ministry", "University of ...").

/** Last words that make a capitalised run an organization. Reason: English names institutions by kind. */
export const ORG_SUFFIXES = new Set([
  'University', 'College', 'School', 'Academy', 'Institute', 'Ministry', 'Department', 'Agency', 'Council',
  'Committee', 'Commission', 'Party', 'Association', 'Organization', 'Organisation', 'Foundation', 'Fund', 'Union',
  'League', 'Federation', 'Court', 'Office', 'Police', 'Service', 'Services', 'Inc', 'Inc.', 'Corp', 'Corp.',
  'Corporation', 'Company', 'Co', 'Co.', 'Ltd', 'Ltd.', 'LLC', 'Group', 'Bank', 'Airlines', 'Airways', 'News',
  'Times', 'Post', 'Journal', 'Herald', 'Tribune', 'Press', 'TV', 'Television', 'Radio', 'Network', 'Church',
  'Hospital', 'Club', 'FC', 'Society', 'Board', 'Authority', 'Bureau', 'Administration', 'Parliament', 'Assembly',
  'Congress', 'Senate', 'Cabinet', 'Government', 'Team', 'Studios', 'Records', 'Motors', 'Systems', 'Technologies',
  'Laboratory', 'Laboratories', 'Lab', 'Labs', 'Library', 'Libraries', 'Museum', 'Alliance', 'Coalition', 'Movement',
  'Initiative', 'Project', 'Program', 'Programme', 'Council', 'Tribunal', 'Secretariat', 'Guild', 'Trust',
  // Newspapers and magazines: "LA Weekly", "The Daily Telegraph", "Pacific Standard".
  'Weekly', 'Daily', 'Magazine', 'Gazette', 'Chronicle', 'Telegraph', 'Observer', 'Monitor', 'Examiner', 'Inquirer',
  'Courier', 'Review', 'Standard', 'Sentinel', 'Globe',
]);

/**
 * Companies' legal forms that end a name ("Cullen and Dykman LLP", "Uecomm Limited"; not "AG", as often an attorney
 * general). Kept apart from ORG_SUFFIXES, which the tagger reads as a feature: a change there retrains it.
 */
export const LEGAL_FORMS = new Set(['LLP', 'LLC', 'L.L.C.', 'PLC', 'plc', 'Limited', 'Ltd', 'Ltd.', 'Inc', 'Inc.', 'Incorporated', 'Corp', 'Corp.', 'GmbH', 'Holdings', 'N.V.', 'S.A.']);

/** First words that make a run an organization when "of" follows ("University of Helsinki"). */
export const ORG_PREFIXES = new Set([
  'University', 'Ministry', 'Department', 'Bank', 'Institute', 'Office', 'House', 'Church', 'Council', 'Court',
  'Board', 'Federation', 'Association', 'Union', 'League', 'Organization', 'Organisation', 'Academy', 'College',
  'Museum', 'Library', 'Society', 'Commission', 'Committee', 'Agency', 'Party', 'Order', 'Chamber', 'School', 'Municipality',
]);

/** Head words that name one organization on their own after "the", capitalised: "the Church denied", "the Court ruled". */
export const BARE_ORG_HEADS = new Set(['Church', 'Court', 'Crown', 'Times', 'Post', 'Guardian', 'Independent', 'Telegraph', 'Press', 'Senate', 'Congress', 'Parliament', 'Pentagon', 'Kremlin']);

/** Lower-case nouns right after an untyped name that make it an organization ("the LibriVox website"). */
export const ORG_NEXT = new Set([
  'website', 'site', 'company', 'group', 'band', 'team', 'newspaper', 'magazine', 'catalog', 'catalogue', 'project',
  'founder', 'co-founder', 'ceo', 'spokesman', 'spokeswoman', 'spokesperson', 'officials', 'members', 'staff',
  'employees', 'headquarters', 'editors', 'volunteers', 'users', 'forum', 'network', 'brand', 'store',
  'stores', 'products', 'platform', 'app', 'service', 'campaign', 'party', 'board', 'executives', 'inc', 'shareholders',
]);

/** Common acronyms that name things, units or roles, not organizations. Reason: an untyped acronym is an organization otherwise. */
export const NOT_ORG_ACRONYMS = new Set([
  'DNA', 'RNA', 'IQ', 'CEO', 'CFO', 'COO', 'CTO', 'VIP', 'HTML', 'XML', 'CSS', 'PDF', 'URL', 'HTTP', 'API', 'CD', 'DVD',
  'TV', 'PC', 'GDP', 'GNP', 'AM', 'PM', 'OK', 'ID', 'FAQ', 'PHD', 'IT', 'AI', 'VR', 'AR', 'UFO', 'HIV', 'AIDS', 'ADHD',
  'MRI', 'CT', 'ICU', 'ER', 'SUV', 'USB', 'GPS', 'SMS', 'LGBT', 'LGBTQ', 'CO2', 'POV', 'IRC', 'RSS', 'FM', 'AND', 'OR',
  'NOT', 'THE', 'USD', 'EUR', 'GBP', 'GMT', 'UTC', 'EST', 'EDT', 'PST', 'PDT', 'CET', 'QC', 'MP', 'MPS', 'NB', 'PS', 'RIP', 'ASAP', 'DIY', 'LOL', 'OMG', 'BC', 'AD', 'BCE', 'CE',
  // Defence press releases: weapons, craft, hull classes and terms of the trade.
  'UAV', 'UAS', 'USV', 'UUV', 'IED', 'VBIED', 'ISR', 'AOR', 'ASCM', 'ASBM', 'OWA', 'KIA', 'WIA', 'MIA', 'POW', 'RPG', 'MANPADS', 'SAM', 'ICBM', 'SLBM',
  'IRBM', 'SRBM', 'MRBM', 'APC', 'IFV', 'MBT', 'AWACS', 'JDAM', 'EW', 'SIGINT', 'HUMINT', 'OSINT', 'CBRN', 'WMD', 'FOB', 'QRF', 'EOD', 'CAS', 'ROE',
  'NOTAM', 'MEDEVAC', 'CASEVAC', 'DDG', 'CVN', 'CG', 'LHD', 'LPD', 'LHA', 'SSN', 'SSBN', 'FFG', 'LCS', 'MQ', 'RQ', 'HIMARS', 'ATACMS', 'MLRS', 'NASAMS', 'THAAD', 'GMLRS', 'JASSM', 'LRASM', 'SDB', 'APFSDS', 'ATGM', 'SPG', 'MRAP', 'HMMWV', 'JLTV',
]);

/** Lower-case nouns that, after a country or demonym, make an organization: "the American delegation". */
export const COUNTRY_BODIES = new Set(['delegation', 'government', 'embassy', 'administration', 'negotiating team']);
