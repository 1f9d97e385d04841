// Places: recognised by the geographic word that heads them ("Arabian Sea", "Strait of Hormuz").
import { dict } from '../dict.js';

/** Last words that make a capitalised run a place. Reason: English names geography by kind. */
export const PLACE_SUFFIXES = new Set([
  'Sea', 'Ocean', 'Gulf', 'Bay', 'Strait', 'Straits', 'River', 'Lake', 'Mountain', 'Mountains', 'Mount', 'Hills',
  'Island', 'Islands', 'Valley', 'Desert', 'Peninsula', 'Coast', 'City', 'County', 'Province', 'State', 'Region',
  'District', 'Street', 'St', 'St.', 'Avenue', 'Ave', 'Road', 'Boulevard', 'Square', 'Park', 'Airport', 'Bridge',
  'Palace', 'Stadium', 'Arena', 'Canal', 'Harbor', 'Harbour', 'Port', 'Beach', 'Falls', 'Canyon', 'Forest',
  'Plains', 'Heights', 'Township', 'Village', 'Prefecture', 'Oblast', 'Territory', 'Territories', 'Mosque',
  'Cathedral', 'Temple', 'Tower', 'Station', 'Base', 'Camp', 'Prison', 'Highway', 'Plaza', 'Quarter',
  // Buildings and venues are places, as GUM annotates them (train: every "... Center" and "... Hotel" a place).
  'Center', 'Centre', 'Hotel', 'Hall', 'Building', 'Castle', 'Theater', 'Theatre', 'Memorial', 'Shelf', 'Glacier',
  'Turnpike', 'Trail', 'Statue', 'Monument', 'Cemetery', 'Pier', 'Lighthouse', 'Zoo', 'Aquarium', 'Gardens',
]);

/** First words of military bases' names, before the place's name ("Naval Air Station Sigonella", "Joint Base Andrews"). */
export const BASE_PREFIXES = ['Naval Air Station', 'Naval Station', 'Naval Support Activity', 'Joint Base', 'Marine Corps Base', 'Marine Corps Air Station'];

/** First words that make a run a place when a name follows ("Lake Geneva", "Strait of Hormuz"). */
export const PLACE_PREFIXES = new Set(['Lake', 'Mount', 'Mt.', 'Gulf', 'Strait', 'Bay', 'Isle', 'Cape', 'Port', 'Fort', 'Camp']);

/** Words of match reports; an article with many of them names teams by their countries. */
export const SPORTS_WORDS = new Set([
  'match', 'goal', 'goals', 'scored', 'scoring', 'penalty', 'striker', 'midfielder', 'defender', 'goalkeeper',
  'referee', 'half-time', 'halftime', 'stadium', 'tournament', 'championship', 'league', 'semi-final', 'final',
  'kick', 'coach', 'squad', 'innings', 'wicket', 'touchdown', 'medal', 'olympics', 'fifa', 'uefa', 'cup',
]);

/** Oceans, which name firms and products for their sound, not their seat ("Pacific Standard", "Atlantic Records"). */
export const OCEANS = new Set(['Pacific', 'Pacific Ocean', 'Atlantic', 'Atlantic Ocean', 'Arctic', 'Indian Ocean', 'Mediterranean', 'Caribbean']);

/** US states' postal codes, after a city in addresses and web text ("Houston, TX"). */
export const US_POSTAL: Readonly<Record<string, string>> = dict({
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware',
  DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa',
  KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota',
  MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey',
  NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon',
  PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah',
  VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
});
