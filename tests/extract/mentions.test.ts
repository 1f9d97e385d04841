import { describe, expect, test } from 'vitest';
import { findMentions } from '../../src/extract/mentions.js';
import { tokenize } from '../../src/extract/nlp.js';
import { segment } from '../../src/segment.js';

const mentions = (text: string) => findMentions(text, tokenize(text), segment(text)).filter((m) => !m.rule.startsWith('unknown:'));
const typed = (text: string) => mentions(text).map((m) => `${m.type}:${m.text}`);

describe('mentions: what each rule finds', () => {
  test.each<[string, string[]]>([
    // A mention keeps its title as written; the title is an attribute, not part of the canonical name.
    ['Foreign Minister Abbas Araghchi of Iran met reporters.', ['person:Foreign Minister Abbas Araghchi', 'place:Iran']],
    ['Secretary of State Marco Rubio flew to Geneva.', ['person:Secretary of State Marco Rubio', 'place:Geneva']],
    // A country or demonym before an office of a department: one person, the country nested (not two names around "of").
    ['US Secretary of State Antony Blinken flew to Geneva.', ['person:US Secretary of State Antony Blinken', 'place:US', 'place:Geneva']],
    ['Pakistani Minister of Information Fawad Chaudhry spoke.', ['person:Pakistani Minister of Information Fawad Chaudhry']],
    // The Arabic article in lower case opens a name or joins one; a title's name stops at "of", not at a particle.
    ['He joined al-Qaeda in 1998.', ['force:al-Qaeda']],
    ['President Bashar al-Assad met Abdel Fattah el-Sisi.', ['person:President Bashar al-Assad', 'person:Abdel Fattah el-Sisi']],
    ['Lt. Col. John Smith spoke.', ['person:Lt. Col. John Smith']],
    // A word of dates between a given name and a surname is a middle name.
    ["She clerked for Justice Sandra Day O'Connor.", ["person:Justice Sandra Day O'Connor"]],
    ['Dr. Jane Goodall visited Kenya.', ['person:Dr. Jane Goodall', 'place:Kenya']],
    // An ampersand joins a firm's name where it names one firm; pairs of people stay two.
    ['Procter & Gamble and Johnson & Johnson reported. Mumford & Sons played; Smith & Nephew plc fell.', ['organization:Procter & Gamble', 'organization:Johnson & Johnson', 'organization:Mumford & Sons', 'organization:Smith & Nephew']],
    ['Shane & Jonah came to Europe.', ['person:Shane', 'person:Jonah', 'place:Europe']],
    // "and" joins no body after a name with a connector: two banks (the first, untyped here, is the tagger's to type).
    ['He worked at Banque de France and Deutsche Bank.', ['place:France', 'organization:Deutsche Bank']],
    // A legal form ends a firm's name, and "and" inside one joins it; people joined by "and" stay two.
    ['The firm Cullen and Dykman LLP said no. Uecomm Limited will pay.', ['organization:Cullen and Dykman LLP', 'organization:Uecomm Limited']],
    ['Smith and Jones said so.', ['person:Smith', 'person:Jones']],
    // A state's postal code after a city is the state (and the two are one place, as "Houston, Texas" is); "OK"
    // only after a known city.
    ['He moved to Houston, TX in 2004.', ['place:Houston, TX', 'place:TX']],
    ['Yes, OK, fine.', []],
    // Possessive 's is never part of a name.
    ['President Trump’s son-in-law spoke.', ['person:President Trump']],
    // Countries, capitals, regions, seas and straits from the gazetteers.
    ['The Iranian navy seized a tanker in the Strait of Hormuz.', ['force:Iranian navy', 'place:Strait of Hormuz']],
    ['She lives in New York City.', ['place:New York City']],
    // A file's name is no name.
    ['Have a great day. Nancy - ENRON.XLS << File: ENRON.XLS >> - TEXT.htm << File: TEXT.htm >>', ['person:Nancy']],
    // A time's half of the day is no name, nor part of one.
    ['Ken Rice 05/01/2001 03:48 PM Executive Committee: we would like it. The show starts at 8 PM Friday.', ['person:Ken Rice', 'organization:Executive Committee']],
    // A water's head word and "of" before a listed place are one place (the place inside it is its seat, no mention).
    ['Bombers flew over the Sea of Japan and the Gulf of Thailand.', ['place:Sea of Japan', 'place:Gulf of Thailand']],
    // A gazetteer name that holds a lower-case "the".
    ['A rebellion in the Democratic Republic of the Congo began.', ['place:Democratic Republic of the Congo']],
    // Large cities the tagger does not know, from GeoNames (with or without diacritics).
    ['The games were held in Sochi.', ['place:Sochi']],
    ['Aid reached Rafah and Khan Yunis.', ['place:Rafah', 'place:Khan Yunis']],
    // As news spells them where GeoNames does not (city-spellings.json; the soft sign dropped: "Kramators’k").
    ['Shelling in Zaporizhzhia and Kramatorsk killed three civilians; strikes hit Khan Younis and Raqqa.', ['place:Zaporizhzhia', 'place:Kramatorsk', 'place:Khan Younis', 'place:Raqqa']],
    // The Arabic article as it sounds before some letters joins a name as "al-" does; a city so named is no person.
    ['Coalition aircraft struck a camp near Deir ez-Zor on Monday.', ['place:Deir ez-Zor']],
    // A person the article names, inside an institution's name.
    ['Andy Warhol took them. The Andy Warhol Foundation gave them away.', ['person:Andy Warhol', 'organization:Andy Warhol Foundation', 'person:Andy Warhol']],
    // A publication's name holds no place of its own (its seat).
    ['She wrote for LA Weekly and the Pacific Standard.', ['organization:LA Weekly', 'organization:Pacific Standard']],
    // Institutions named by a head word before "of".
    ['The Broadcasting Board of Governors oversees them.', ['organization:Broadcasting Board of Governors']],
    // A city inside a longer name is no mention of its own unless the gazetteer lists it (the corpora that nest no names
    // count it wrong); the region after "City, State" is.
    ['Tunisia faced England at the Volgograd Arena.', ['place:Tunisia', 'place:England', 'place:Volgograd Arena']],
    ['He studied at the University of Sheffield in Cambridge, Massachusetts.', ['organization:University of Sheffield', 'place:Cambridge, Massachusetts', 'place:Massachusetts']],
    ['Lukaku won the Budweiser Man of the Match award in Eureka Springs.', ['person:Lukaku', 'place:Eureka Springs']],
    // A head word alone after "the" names the one organization; an acronym in brackets after one is its short name.
    ['She had problems with the Church, and the Court ruled against her.', ['organization:Church', 'organization:Court']],
    ['The Church of Scientology is big. The Church denied it. He left the Church of Scientology.', ['organization:Church of Scientology', 'organization:Church', 'organization:Church of Scientology']],
    ['The World Health Organisation (WHO) recommends iodised salt.', ['organization:World Health Organisation', 'organization:WHO']],
    ['The request of the Municipality of Livorno was heard.', ['organization:Municipality of Livorno']],
    // Peoples and faiths as groups of people, as GUM annotates them; a nationality in the singular stays an adjective.
    ['Talking to the Palestinians is hard, say between Jews and Arabs.', ['person:Palestinians', 'person:Jews', 'person:Arabs']],
    ['The Palestinian envoy left.', []],
    // Buildings and venues are places, as GUM annotates them.
    ['Thousands gathered at the Grand Convention Centre and the Al-Ghaza Hotel.', ['place:Grand Convention Centre', 'place:Al-Ghaza Hotel']],
    // A first name and surname before "of" are a person, whatever the head word after it.
    ['Troy Patterson of Slate Magazine ventured over.', ['person:Troy Patterson', 'organization:Slate Magazine']],
    // (A name and a surname that is no English word too; not a title's adjective and noun: "A Darwinian Theory of Beauty".)
    ['It shows publishers Jann Wenner of Rolling Stone Magazine.', ['person:Jann Wenner', 'organization:Rolling Stone Magazine']],
    ['He gave a talk, “A Darwinian Theory of Beauty.”', []],
    ['Claudia Mo of Civic Party won the seat.', ['person:Claudia Mo', 'organization:Civic Party']],
    ['The Houthis attacked ships in the Red Sea.', ['force:Houthis', 'place:Red Sea']],
    // A city or state and a plural name a team (not a party's members); a legal form after a comma and an
    // abbreviation's period are the name's.
    ['The Los Angeles Lakers beat the New York Knicks. California Democrats met.', ['organization:Los Angeles Lakers', 'organization:New York Knicks', 'place:California']],
    ['Atlantic Lottery Corporation, Inc. sued Martin Luther King Jr. and Ford Motor Co. last week.', ['organization:Atlantic Lottery Corporation, Inc.', 'person:Martin Luther King Jr.', 'organization:Ford Motor Co.']],
    // A generation after a comma is the person's, and the name goes on; "Air" and a country name an airline.
    ['Richard L. Jones, Jr. Airport is near Air Canada offices.', ['place:Richard L. Jones, Jr. Airport', 'organization:Air Canada']],
    // "and" inside a body's name before its head word (not between two bodies' names, nor after a listed name).
    ['He studied at Leipzig University and University of Jena.', ['organization:Leipzig University', 'organization:University of Jena']],
    ['He saw Johns Hopkins University and Hospital, the Social Democratic and Labour Party, Harvard University and Yale University, Google and Apple Inc.', ['organization:Johns Hopkins University and Hospital', 'organization:Social Democratic and Labour Party', 'organization:Harvard University', 'organization:Yale University', 'organization:Google', 'organization:Apple Inc.']],
    // A people's adjective before "regime" names no leader ("the Bush administration" does).
    ['The Arab Moslem regime fell; the Bush administration watched.', ['person:Bush']],
    // Organizations by head word and by lexicon.
    ['Officials at the Ministry of Foreign Affairs declined.', ['organization:Ministry of Foreign Affairs']],
    ['He studied at the University of Helsinki.', ['organization:University of Helsinki']],
    // A place inside a body's proper name is no mention of its own (its seat), nor is an organization; inside a
    // body named by a common noun it is.
    ['The US government and the Pakistan army said so.', ['organization:US government', 'place:US', 'force:Pakistan army', 'place:Pakistan']],
    ['The UNESCO Slovenian National Commission met.', ['organization:UNESCO Slovenian National Commission']],
    // A work's title after its kind and a determiner is no name of ours (not after a verb, nor opening a clause, where
    // "Holofernes" is left to the tagger).
    ['His novel Mrs Dalloway sold well; her memoir, Becoming, too. They play Manchester. In the play Holofernes mocks Don Armado.', ['place:Manchester', 'person:Don Armado']],
    // (Nor the maker in a relative clause.)
    ['The song Beyoncé sang was a hit.', ['person:Beyoncé']],
    // An award is no person, whoever it is named after.
    ['The Margaret Ellison Prize, awarded by the American Physical Society, honours her.', ['organization:American Physical Society']],
    // A body's head word, "for" and a name make one body (not a league: "played in the National Hockey League for the
    // St. Louis Blues").
    ['She sat on the board of the Carnegie Institution for Science and the Movement for Democratic Change.', ['organization:Carnegie Institution for Science', 'organization:Movement for Democratic Change']],
    ['The New York Times reported it.', ['organization:New York Times']],
    ['An Iranian diplomatic source told the Reuters news agency.', ['organization:Reuters']],
    // Forces: ships, formations, commands, units, country + force noun, armed groups.
    ['A missile hit the Black Sea Fleet flagship Moskva.', ['force:Black Sea Fleet', 'force:Moskva']],
    ['The USS Abraham Lincoln carrier strike group was operating in the Arabian Sea.', ['force:USS Abraham Lincoln carrier strike group', 'place:Arabian Sea']],
    ['Admiral Brad Cooper, the commander of US Central Command, came.', ['person:Admiral Brad Cooper', 'force:US Central Command']],
    ['Soldiers of the 101st Airborne Division arrived.', ['force:101st Airborne Division']],
    // A unit's kind in brackets is no name; a rotational force named by its base; a command by a two-word area.
    ['Soldiers of the 101st Airborne Division (Air Assault) and Marine Rotational Force-Darwin trained.', ['force:101st Airborne Division', 'force:Marine Rotational Force-Darwin']],
    ['Multinational Division North East, the Special Air Service and the Royal Welsh deployed.', ['force:Multinational Division North East', 'force:Special Air Service', 'force:Royal Welsh']],
    ['Islamic Jihad fighters fired rockets, Allied Command Transformation said.', ['force:Islamic Jihad', 'force:Allied Command Transformation']],
    // Operations and maritime groups are forces; a country after a title and before a surname is a first name.
    ['The Japanese Special Operations Group joined Standing NATO Maritime Group 2, Israeli Defense Minister Israel Katz said.', ['force:Japanese Special Operations Group', 'force:Standing NATO Maritime Group 2', 'person:Israeli Defense Minister Israel Katz']],
    // A force's modifier written with a capital.
    ['The Iraqi Government forces advanced.', ['force:Iraqi Government forces']],
    // A country's possessive before a force noun (the country stays a name); an alliance's forces; peacekeepers.
    ["Sudan's army said Iraq's security forces were ready. Iran's government agreed.", ["force:Sudan's army", 'place:Sudan', "force:Iraq's security forces", 'place:Iraq', 'place:Iran']],
    ['NATO forces patrolled as UN peacekeepers and Indian peacekeepers waited.', ['force:NATO forces', 'organization:NATO', 'force:UN peacekeepers', 'organization:UN', 'force:Indian peacekeepers']],
    // A demonym opens a force's name at a sentence's start; a plural's apostrophe before a force's head; "in" inside a
    // listed force's name.
    ["Finnish Defence Forces personnel met the al-Aqsa Martyrs' Brigades.", ['force:Finnish Defence Forces', "force:al-Aqsa Martyrs' Brigades"]],
    ['The United Nations Interim Force in Lebanon and the Radwan Force met.', ['force:United Nations Interim Force in Lebanon', 'force:Radwan Force']],
    // A listed name that holds a possessive (not a title's "Queen" and a force "Dragoon Guards").
    ["The Queen's Dragoon Guards and the King's Royal Hussars deployed.", ["force:Queen's Dragoon Guards", "force:King's Royal Hussars"]],
    // A name after a warship's kind is a ship (not a date, not after "carrier" alone); a brigade combat team is a unit.
    ['The German frigate Hessen shot down two drones.', ['force:Hessen']],
    ['The cruiser Moskva sank in April.', ['force:Moskva']],
    ['A Russian submarine Tuesday surfaced.', []],
    ['The 3rd Infantry Brigade Combat Team arrived.', ['force:3rd Infantry Brigade Combat Team']],
    ['Soldiers of the Royal Gurkha Rifles arrived.', ['force:Royal Gurkha Rifles']],
    // A listed name holding "and the"; "IS" only as a described group.
    ['The Islamic State of Iraq and the Levant lost ground.', ['force:Islamic State of Iraq and the Levant']],
    ['Peshmerga fighters attacked IS militants. THIS IS NEWS.', ['force:Peshmerga fighters', 'force:IS militants']],
    // A force's opening word at a sentence's start; a name before a unit noun; the Joint Staff.
    ['Air Mobility Command moved supplies, the Joint Staff said.', ['force:Air Mobility Command', 'force:Joint Staff']],
    ['Fighters of the Akhmat battalion entered; a Ukrainian brigade held.', ['force:Akhmat']],
    // ... also where the force's head comes before a dash; a command named by its area; a task force by its name.
    ['Combined Joint Task Force-Horn of Africa sent troops.', ['force:Combined Joint Task Force-Horn of Africa']],
    ['Special Operations Command Europe and U.S. Forces Korea trained. He flew to South Africa.', ['force:Special Operations Command Europe', 'force:U.S. Forces Korea', 'place:South Africa']],
    ['Joint Task Force Guantanamo analysts said so. The Korea Herald said so.', ['force:Joint Task Force Guantanamo', 'organization:Korea Herald']],
    // British units numbered by cardinals (not five marines, not a connector's number); more heads of two words.
    ['The Royal Marines of 40 Commando, 16 Air Assault Brigade and No. 6 Squadron trained. 5 Marines were hurt. He won 3 Division titles.', ['force:Royal Marines', 'force:40 Commando', 'force:16 Air Assault Brigade', 'force:6 Squadron', 'force:Marines']],
    ['The Border Security Force and the Popular Mobilization Units fought.', ['force:Border Security Force', 'force:Popular Mobilization Units']],
    // A plural's apostrophe inside a body's name (the armed-group list makes it a force later); "U.S.-led" and
    // "U.S.-backed" as one token.
    ["The Kurdistan Workers' Party (PKK) met. The Smiths' House burned.", ["organization:Kurdistan Workers' Party", 'organization:PKK']],
    ['U.S.-backed forces and the U.S.-led coalition advanced.', ['force:U.S.-backed forces', 'force:U.S.-led coalition']],
    // Military ranks and ratings title persons (not "the Private Sector"); a name ends at a slash (photo credits).
    ['Staff Sgt. John Smith, Lance Cpl. Tim Brown and Petty Officer 2nd Class Mark Jones met Air Chief Marshal Sir Richard Knighton.', ['person:Staff Sgt. John Smith', 'person:Lance Cpl. Tim Brown', 'person:Petty Officer 2nd Class Mark Jones', 'person:Air Chief Marshal Sir Richard Knighton']],
    // British ranks as the MoD writes them, and a rank's number before the name.
    ['Flt Lt Sam Lee, Gp Capt Ian Lee, Colour Sergeant Mark Jones and Rifleman Aaron Lewis met Warrant Officer Class 2 Sarah Jones and Chief Warrant Officer 2 John Smith.', ['person:Flt Lt Sam Lee', 'person:Gp Capt Ian Lee', 'person:Colour Sergeant Mark Jones', 'person:Rifleman Aaron Lewis', 'person:Warrant Officer Class 2 Sarah Jones', 'person:Chief Warrant Officer 2 John Smith']],
    ['(U.S. Navy photo by Mass Communication Specialist 2nd Class John Doe/Released) The Private Sector grew. AC/DC played.', ['place:U.S', 'force:Navy', 'person:Mass Communication Specialist 2nd Class John Doe', 'organization:AC/DC']],
    // Iraqi militias and other armed groups as the hand-kept list spells them; no force after an aircraft's model.
    ["Kata'ib Hizballah and Harakat al-Nujaba claimed it. B-1B Lancers flew.", ["force:Kata'ib Hizballah", 'force:Harakat al-Nujaba']],
    // A generation's suffix is no name and no title's holder; more ranks; the Corps of Engineers.
    ['Martin Luther King Jr. spoke. Gen. C.Q. Brown, Jr., chairman, met Col. Gen. Oleksandr Syrskyi and the U.S. Army Corps of Engineers.', ['person:Martin Luther King Jr.', 'person:Gen. C.Q. Brown, Jr.', 'person:Col. Gen. Oleksandr Syrskyi', 'force:U.S. Army Corps of Engineers']],
    // Two particles inside a name; a place and a club's word (not "City"); companies' offices as titles.
    ['President Ursula von der Leyen met Zack de la Rocha on the Río de la Plata.', ['person:President Ursula von der Leyen', 'person:Zack de la Rocha', 'place:Río de la Plata']],
    ['Manchester United and Bolton Wanderers beat Mexico City. Chief Executive Jensen Huang spoke.', ['organization:Manchester United', 'organization:Bolton Wanderers', 'place:Mexico City', 'person:Chief Executive Jensen Huang']],
    // A club's opening word before a place; a city whose name holds "The"; no storm is a name; no namesake cut.
    ['Real Madrid and Bayern Munich met in The Hague. Hurricane Milton hit. Novak Djokovic beat him.', ['organization:Real Madrid', 'organization:Bayern Munich', 'place:The Hague', 'person:Novak Djokovic']],
    // Bodies that end in a force's head but bear no arms.
    ['The Salvation Army and the Peace Corps helped the Marine Corps.', ['organization:Salvation Army', 'organization:Peace Corps', 'force:Marine Corps']],
    // States of history are places; the name after "of" ends the run.
    ['The Kingdom of Poland, the Russian Empire and the Weimar Republic fell. Empire Records closed.', ['place:Kingdom of Poland', 'place:Russian Empire', 'place:Weimar Republic', 'organization:Empire Records']],
    // A force's head, then a first name and a surname, are two names.
    ['Commander of the Ukrainian Ground Forces Oleksandr Pavliuk spoke.', ['force:Ukrainian Ground Forces', 'person:Oleksandr Pavliuk']],
    // Demonyms of two words are adjectives or peoples, as one-word ones are, and make a country's forces.
    ['Sri Lankan officials met. The Sri Lankan army attacked. The South African said yes.', ['force:Sri Lankan army', 'person:South African']],
    // Groups described by their backer or leader.
    ['Iranian-backed militias and Kurdish-led forces fought pro-Russian separatists.', ['force:Iranian-backed militias', 'force:Kurdish-led forces', 'force:pro-Russian separatists']],
    ['Pro-Iranian militias shelled a US-backed plan and a state-funded school.', ['force:Pro-Iranian militias', 'place:US']],
    ['Afghan National Defense and Security Forces held the town.', ['force:Afghan National Defense and Security Forces']],
    // "Force" names a force after "Air", "Space", "Quds" ...; not alone ("Air Force One" is a plane).
    ['Jets of the Royal Air Force and the Quds Force flew. Air Force One landed.', ['force:Royal Air Force', 'force:Quds Force']],
    // A life's span in brackets after a name no list knows makes it a person; not a month in it, nor an empire.
    ['Jirō Shiizaki (30 September 1911 – 1945) was an officer.', ['person:Jirō Shiizaki']],
    ['Zorbu Kant (born 12 May 1950) is a writer. The Zorbian Empire (1200–1400) fell.', ['person:Zorbu Kant', 'place:Zorbian Empire']], // the empire no person, a state of history
    // A service named by one word; a unit by its last two.
    ['The Army said Marines of the 26th Marine Expeditionary Unit arrived.', ['force:Army', 'force:Marines', 'force:26th Marine Expeditionary Unit']],
    ['Russian forces shelled Kharkiv, according to the Ukrainian General Staff.', ['force:Russian forces', 'place:Kharkiv', 'force:Ukrainian General Staff']],
    // A force's head word, "of" and a country (or another force) are one force; "General" there is no title.
    // A force's "of the" goes on to the end of the gazetteer's name.
    ['The Armed Forces of the Democratic Republic of the Congo fought M23 rebels near Goma.', ['force:Armed Forces of the Democratic Republic of the Congo', 'force:M23', 'place:Goma']],
    ['The General Staff of the Armed Forces of Ukraine said the Armed Forces of the Philippines and the Navy of Pakistan sailed.', ['force:General Staff of the Armed Forces of Ukraine', 'force:Armed Forces of the Philippines', 'force:Navy of Pakistan']],
    // Two services' words share a head; a task force takes its operation's name across the dash; an operation is no one.
    ['Jets of the French Air and Space Force flew.', ['force:French Air and Space Force']],
    // A force's head, then an aircraft's model, are two names; a force's number may be a word (not "One": a plane);
    // an Arabic article opens a listed force's name.
    ['Polish Air Force F-16s and Indian Navy Su-30 jets flew; Standing NATO Maritime Group Two sailed. Air Force One landed.', ['force:Polish Air Force', 'force:Indian Navy', 'force:Standing NATO Maritime Group Two']],
    ['The Al-Nusra Front attacked, and al-Nusra Front fighters withdrew.', ['force:Al-Nusra Front', 'force:al-Nusra Front']],
    // An air arm named "Aerospace Force"; the German "Korps".
    ["The IRGC's Aerospace Force fired missiles; Rommel's Afrika Korps retreated.", ['force:IRGC', 'force:Aerospace Force', 'force:Afrika Korps']],
    // A numbered army group (it was an organization).
    ['The 21st Army Group included the British Second Army.', ['force:21st Army Group', 'force:British Second Army']],
    // A title before a command's area is an office, no one's name (a compass word may be a surname).
    ["General Christopher Cavoli, NATO's Supreme Allied Commander Europe, met Colonel North.", ['person:General Christopher Cavoli', 'organization:NATO', 'person:Colonel North']],
    ['The Combined Joint Task Force – Operation Inherent Resolve said so. Operation Inherent Resolve began in 2014.', ['force:Combined Joint Task Force – Operation Inherent Resolve']],
    ['RAF Typhoons, USAF jets and Bundeswehr troops joined JSDF ships; M23 rebels fought.', ['force:RAF', 'force:USAF', 'force:Bundeswehr', 'force:JSDF', 'force:M23']],
    // A force's number or hyphenated name ends it; its acronym in brackets is a force's; "Chiefs of Staff" heads a force.
    ['Ships of Carrier Strike Group 2, Task Force 51 and Joint Task Force-Bravo sailed; the Rapid Support Forces (RSF) and South Korea\'s Joint Chiefs of Staff said so.', ['force:Carrier Strike Group 2', 'force:Task Force 51', 'force:Joint Task Force-Bravo', 'force:Rapid Support Forces', 'force:RSF', 'place:South Korea', 'force:Joint Chiefs of Staff']],
    // Military bases are places; a ship named after a place mentions no place.
    ['They flew from RAF Lossiemouth to Naval Air Station Sigonella and Joint Base Andrews; HMS Prince of Wales sailed.', ['place:RAF Lossiemouth', 'place:Naval Air Station Sigonella', 'place:Joint Base Andrews', 'force:HMS Prince of Wales']],
    // A listed name holds its hyphenated particle.
    ['The Wehrmacht fought on; Lashkar-e-Taiba was blamed.', ['force:Wehrmacht', 'force:Lashkar-e-Taiba']],
    // An Arabic particle joined to a name opens it at a sentence's start.
    ['Al-Shabaab militants attacked a base.', ['force:Al-Shabaab']],
    // An institution named on with "for" after its head word.
    ['The Syrian Observatory for Human Rights said so.', ['organization:Syrian Observatory for Human Rights']],
    ['The U.S. Navy and HMS Defender sailed.', ['force:U.S. Navy', 'force:HMS Defender']],
    // Names inside names are mentions too.
    ['Days earlier, US forces had shot down a drone.', ['force:US forces', 'place:US']],
    // A force named by a country or demonym, modifiers and a force noun; a body ("the Syrian government") stays one.
    ['Iraqi security forces and Syrian government troops advanced.', ['force:Iraqi security forces', 'force:Syrian government troops']],
    ['The Syrian government said Afghan special forces and Iraqi fighters had left.', ['organization:Syrian government', 'force:Afghan special forces', 'force:Iraqi fighters']],
    ['The American delegation was led by Special Envoy Steve Witkoff.', ['organization:American delegation', 'person:Special Envoy Steve Witkoff']],
    ['Ahmed, a boy from Irving, Texas, was arrested.', ['person:Ahmed', 'place:Irving, Texas', 'place:Texas']],
    ['The missile sites in Eastern Europe, Poland and Czechoslovakia.', ['place:Eastern Europe', 'place:Poland', 'place:Czechoslovakia']],
    ['It is co-owned by Jonathan M. Stan and L. Ron Hubbard.', ['person:Jonathan M. Stan', 'person:L. Ron Hubbard']],
    ['Hamas fighters crossed into Israel.', ['force:Hamas', 'place:Israel']],
    ['US President Barack Obama met Lee Cheuk-yan in Iran-backed areas.', ['person:US President Barack Obama', 'place:US', 'person:Lee Cheuk-yan', 'place:Iran']],
    // A title inside a run opens a person's mention after a name of two words or more; not the tail of a longer title.
    ['Ford Motor Company President Bill Ford spoke; White House Press Secretary Karine Jean-Pierre and Shadow Home Secretary Yvette Cooper said so.', ['organization:Ford Motor Company', 'person:President Bill Ford', 'organization:White House', 'person:Press Secretary Karine Jean-Pierre', 'person:Shadow Home Secretary Yvette Cooper']],
    // A listed body's head word that opens a title is the title's ("Pentagon Press" was an organization).
    ['Pentagon Press Secretary Maj. Gen. Pat Ryder told reporters.', ['organization:Pentagon', 'person:Press Secretary Maj. Gen. Pat Ryder']],
    ['It answered former Pennsylvania Senator Rick Santorum.', ['person:Pennsylvania Senator Rick Santorum', 'place:Pennsylvania']], // a state too
    // A name no dictionary knows before a verb in the past tense is a person; not after "the", not a plural, not before a copula.
    ['Netanyahu met the envoy; the Areopagus appointed judges; 100 Polaroids arrived; Coron was reduced.', ['person:Netanyahu']],
    // A dateline's place in capitals, before a dash (after a state or an agency): a place, no acronym; not a heading.
    ['WASHINGTON — The Pentagon said so.\n\nNEW YORK (Reuters) - Stocks fell.', ['place:WASHINGTON', 'organization:Pentagon', 'place:NEW YORK', 'organization:Reuters']],
    ['TAMPA, Fla. – CENTCOM said so.', ['place:TAMPA', 'place:Fla', 'force:CENTCOM']],
    ['SOUTHWEST ASIA – CENTCOM said so.', ['place:SOUTHWEST ASIA', 'force:CENTCOM']],
    ['BRILLIANT - we waited an hour. OBSERVATION-- it rained.', []],
    // An acronym whose expansion holds a name is a name, not a defined term.
    ['Colombo and the Liberation Tigers of Tamil Eelam (LTTE) talked; the LTTE agreed.', ['place:Colombo', 'organization:LTTE', 'organization:LTTE']],
    // Capitals for emphasis, Roman numerals and time zones are no organizations' acronyms.
    ['He sat behind bars, UNLESS he returned a HUGE sum, in part XVII of the saga, at 15:11 GMT.', []],
    // Nor are frequent English words in capitals.
    ['I will NEVER watch that VIDEO again, the NASA engineer said.', ['organization:NASA']],
    // An acronym before a verb of saying is a body, not a person; a name in capitals and small letters is a person's.
    ['NAACP said so, the MoD told reporters and McDonald said no.', ['organization:NAACP', 'organization:MoD', 'person:McDonald']],
    ['He said Amazon.com said so.', ['organization:Amazon.com']],
    // Two firms, each with its legal form, are two names.
    ['Apple Inc and Microsoft Corp rose.', ['organization:Apple Inc', 'organization:Microsoft Corp']],
    // A club before a player's or a coach's role, and the sides of a result, are teams (not a country, nor a people).
    ['Liverpool manager Arne Slot spoke. Juventus beat Lazio 2–0. Napoli drew 1–1 with Torino. English captain Harry Kane scored.', ['organization:Liverpool', 'person:Arne Slot', 'organization:Juventus', 'organization:Lazio', 'organization:Napoli', 'organization:Torino', 'person:Harry Kane']],
    // In a line in capitals a frequent English word is no name's, unless a list or a gazetteer names it.
    ['SOCCER - JAPAN GET LUCKY WIN, CHINA IN SURPRISE DEFEAT.\nRUSSIAN FORCES SHELL KHARKIV AS TALKS STALL', ['place:JAPAN', 'place:CHINA', 'place:KHARKIV']],
    // Scores of sets, one after another, are a match of players, not of teams (the tagger types the names).
    ['Sampras beat Agassi 6-4 6-3 in the final.', []],
    // A given name and a place's head word after a role are a person ("Lake" made a place).
    ["Clinton's national security adviser Anthony Lake met aide Huma Abedin.", ['person:Clinton', 'person:Anthony Lake', 'person:Huma Abedin']],
    // A surname's prefix before a capital is no sign of a brand: "McCain" is no organization by its shape.
    ['Obama beat McCain in 2008. She works for DoorDash now.', ['person:Obama', 'organization:DoorDash']],
    // A word with a capital inside it is no common word, opening a sentence too (not a user's handle after "@").
    ['SpaceX launched the rocket.\n@ JohnKav1 Probably down.', ['organization:SpaceX']],
    // A one-word country after a given name is the surname (not after a people's adjective).
    // ("Roman" stays compromise's person here; the tagger retypes or drops it.)
    ['Michael Jordan scored; Joseph Israel died in Roman Britain.', ['person:Michael Jordan', 'person:Joseph Israel', 'person:Roman', 'place:Britain']],
    // So is a one-word force's name after a given name ("Wagner" alone is the group).
    ['Robert Wagner starred; Wagner fighters withdrew.', ['person:Robert Wagner', 'force:Wagner']],
    // A compass word is no given name ("North Kivu"), and a name opening with a people's adjective is no person by
    // the verb after it ("Saudi Aramco posted"): both are left to the tagger.
    ['Clinics in North Kivu were full. Saudi Aramco posted a loss.', []],
    // A month before a day or a year is a date, after a bracket too; not a surname before a year.
    ['Mary Jackson (April 9, 1921 – February 11, 2005) was a mathematician. Theresa May 2019 speeches.', ['person:Mary Jackson', 'person:Theresa May']],
    // A name no dictionary knows before an office and a person's name is the body they serve.
    ['Nvidia CEO Jensen Huang and Bundesbank President Joachim Nagel spoke.', ['organization:Nvidia', 'person:CEO Jensen Huang', 'organization:Bundesbank', 'person:President Joachim Nagel']],
    // A form of address before a name or an office: the person addressed.
    ['Thank you, Madam Speaker. Madame Curie was a chemist.', ['person:Madam Speaker', 'person:Madame Curie']],
    // A portfolio's word before "Minister" or "Secretary" is the title's (no list holds them all); "So" is no portfolio.
    ['In 1931, Home Minister Adachi Kenzo spoke. So Secretary Cardona spoke.', ['person:Home Minister Adachi Kenzo', 'person:Secretary Cardona']],
    // A body's name goes on with "of the" and a name, and with its field after "and"; not with another body's name.
    ['He taught at the School of Physics and Chemistry and the University of the Witwatersrand.', ['organization:School of Physics and Chemistry', 'organization:University of the Witwatersrand']],
    ['She thanked the Department of Defense and Congress.', ['organization:Department of Defense', 'organization:Congress']],
    // A saint's possessive goes on into the place or body named after them.
    ["Pope Francis spoke in St. Peter's Square and at St Mary's Hospital.", ['person:Pope Francis', "place:St. Peter's Square", "organization:St Mary's Hospital"]],
    // A leader's name before "administration" or "campaign" is the leader, whatever the tagger says.
    ['It was agreed with the first Bush administration.', ['person:Bush']],
    // An untyped name in a list takes the type of the typed names around it (people and organizations).
    ['It shows up on search engines including Google, Bing, and Yahoo!.', ['organization:Google', 'organization:Bing', 'organization:Yahoo']],
    ['He met John Smith, Zorblat and Mary Jones.', ['person:John Smith', 'person:Zorblat', 'person:Mary Jones']],
    // A name alone before what is named after its bearer ("Center", "College", "Sea", "Prize") is a person too.
    // (The person a place is named after is no longer made a mention of its own: that rule was 0.02 precise on the
    // corpora away from GUM dev.)
    ['They worked at Johnson Space Center and Collins College.', ['place:Johnson Space Center', 'organization:Collins College']],
    // A first name and a surname opening an organization's name are a person too.
    ['She studied at the John Hopkins University.', ['organization:John Hopkins University', 'person:John Hopkins']],
    // A name after a closing speech verb, and a credit after a caption label, are people.
    ['Institutional recipients, said Mauer, are required to exhibit.', ['person:Mauer']],
    ['The exhibit opens in March. Video: Miharris & Acphillips.', ['person:Miharris', 'person:Acphillips']],
    // Initials and a surname.
    ['Yeah, I see O.J. Simpson.', ['person:O.J. Simpson']],
    // Hyphenated given names, with a connector, a verb's form or a capital as the second syllable.
    ['City mayor Hau Lung-bin and Leung Kwok-hung met Kim Min-Woo; Hwang Hee-Chan was booked.', ['person:Hau Lung-bin', 'person:Leung Kwok-hung', 'person:Kim Min-Woo', 'person:Hwang Hee-Chan']],
    // A capitalised word that is no English word is a name at a sentence's start too; a given name before a one-word
    // capital ends in the surname.
    ['Valeska Paris, an Australian woman, was held. Jack London wrote it.', ['person:Valeska Paris', 'person:Jack London']],
    // An acronym the article also writes bare is a body, even where it follows "the" elsewhere.
    ['The KPA fired shells. The order of the commander of the army [KPA] came first.', ['organization:KPA', 'organization:KPA']],
    // A surname then a word that is no name, used as a modifier, is the person the thing is named after; a surname before a
    // possessive or a given name is the whole name.
    ['The Warhol Polaroids were shown.', []], // not "Warhol Polaroids": things, not a person
    // No surname is cut from the thing named after it (the rule was right 7 times in 38 away from GUM dev, and cut
    // "Novak Djokovic beat" to "Novak"): the run stays whole.
    ['We saw Warhol Polaroid prints; the Warhol Factory opened. According to Xu Hong ’s (c. 1580) book, Frank Rack came.', ['person:Warhol Polaroid', 'person:Warhol Factory', 'person:Xu Hong', 'person:Frank Rack']],
    ['According to Xu Hong’s analysis, it held.', ['person:Xu Hong']], // the possessive written on the word
    // A demonym after "the" and before no noun is the people; before a noun it is an adjective.
    ['The French then moved north; Mexican forces defeated the French in 1862, and the British proved willing.', ['person:French', 'force:Mexican forces', 'person:French', 'person:British']],
    // A demonym that opens a compound is no people: "the Turkish-backed ..." ("Turkish" was a person).
    ['The Turkish-backed Syrian National Army and the Kurdish-led SDF clashed.', ['force:Syrian National Army', 'force:SDF']],
    ['We saw the Japanese gardens, the Gabonese and Estonian teams, and the Indian gov\'t.', []],
    // A day or a time of day opens a paper's name, not a place's.
    ['The Sunday Times said so. On Sunday Times Square was full.', ['organization:Sunday Times', 'place:Times Square']],
    // An acronym, then a name before a common noun: the body and a thing it runs (not a compound name, "OSU-Tulsa").
    ['Stardust is a NASA Discovery mission; see the JPL Stardust website, the FIRST Global competition, a NASA T-shirt.', ['organization:NASA', 'organization:JPL', 'organization:FIRST', 'organization:NASA']],
    ['It begins at the OSU-Tulsa campus.', ['place:OSU-Tulsa']],
    // A name after a dash that closes a quotation is who said it.
    ['“We have brains.” — Peres, on whether oil matters.', ['person:Peres']],
    // A name the article defines by a copula is what it says, wherever the article names it.
    ['Coron is in the province of Palawan. The first inhabitants of Coron were fishers. We stayed at Kopinga, a hall; Kopinga is a small fishing village.', ['place:Coron', 'place:Palawan', 'place:Coron', 'place:Kopinga', 'place:Kopinga']],
    ['Zorbit is a for-profit company. Later Zorbit grew, and Qarmin, who met Qarmin? Qarmin is an artist.', ['organization:Zorbit', 'organization:Zorbit', 'person:Qarmin', 'person:Qarmin', 'person:Qarmin']],
    // A station or stadium mentions the place it is named after; not a common word, a person or a team.
    ['Walk from Shandao Station to Fisht Stadium, not Central Station, Cleveland Browns Stadium or Abraham Lincoln Station.', ['place:Shandao Station', 'place:Shandao', 'place:Fisht Stadium', 'place:Fisht', 'place:Central Station', 'place:Cleveland Browns Stadium', 'place:Abraham Lincoln Station', 'person:Abraham Lincoln']],
    // Libraries are institutions, as museums are.
    ['She read at the British Library and the University Library.', ['organization:British Library', 'organization:University Library']],
    // A name set off by commas after a role in a body (a bracketed expansion may close the body's name).
    ['The secretary general of CEI (Italian Episcopal Conference), Nunzio Galantino, has called it dangerous.', ['organization:CEI', 'organization:Italian Episcopal Conference', 'person:Nunzio Galantino']],
    ['The capital of Ruritania, Strelsau, is small.', []], // not after a word that names no role
    // A given name the tagger does not know before a surname that is no English word.
    ['The competition was founded by Dean Kamen; a shot was saved by Thibaut Courtois.', ['person:Dean Kamen', 'person:Thibaut Courtois']],
    ['Basya also believes the boats were turned away.', []], // a name, untyped: resolve keeps it if it repeats a person's name
    // A short family name and a hyphenated given name outweigh the tagger ("Park" reads as a place); not an Arabic
    // article or a French connector.
    ['They substituted Park Joo-Ho near the Masjid Al-Haram in Pointe-à-Pitre.', ['person:Park Joo-Ho']],
    ['Ahmed Mohamed Image: Twitter', ['person:Ahmed Mohamed', 'organization:Twitter']],
    ['It quoted the Korean Central News Agency (KCNA), the state agency.', ['organization:Korean Central News Agency', 'organization:KCNA']], // a bracket ends a name
    // Untyped names typed by their context.
    ['Wikinews interviewed Marymegan Daly. Daly explained how.', ['organization:Wikinews', 'person:Daly']], // a sentence-initial name seen inside a sentence elsewhere
    ['The file was sent by interviewee R Saravanan.', ['person:R Saravanan']],
    ['By then Scheffer said no.', ['person:Scheffer']],
    ['By the way, I launched LibriVox last year.', ['organization:LibriVox']],
    ['Results are on the Quantcast website.', ['organization:Quantcast']],
    ['Frederick Fung of ADPL was defeated.', ['person:Frederick Fung', 'organization:ADPL']],
    // A "The ..." run is more often a work's title than an organization (measured away from GUM dev): no mention.
    ['By the time you write for The Onion, you know.', []],
    // "U.S" without its last period (the tagger reads "us"); a compass word alone after "the"; "Earth"; short city names.
    ['The deal was one the U.S would not consider, said in U.S arms control journals.', ['place:U.S', 'place:U.S']],
    ['It is an unending war for the West, and he was injured in the South.', ['place:West', 'place:South']],
    ['The capsule landed back on Earth.', ['place:Earth']],
    ['Whitmore told LA Weekly so.', ['person:Whitmore', 'organization:LA Weekly']],
    // Possessives inside names; letters in capitals that a gazetteer knows, at a sentence's start.
    ["The People's Liberation Army moved. Eunice Yung of New People's Party won.", ["force:People's Liberation Army", 'person:Eunice Yung', "organization:New People's Party"]],
    ['WHO say iodine deficiency is bad. US officials agree. Who knows?', ['organization:WHO', 'place:US']],
    // Bibliographies invert names (surname, comma, first name, then a period or "and").
    ['Good ones:\n\nAusten, Jane. Pride and Prejudice\n\nMarx, Karl and Engels, Friedrich. The Manifesto', ['person:Austen, Jane', 'person:Marx, Karl', 'person:Engels, Friedrich']],
    // A capitalised preposition before "the" is no part of a name (lists that lose their periods).
    ['Ann Chiang of DAB In the Kowloon West constituency, councillors won.', ['person:Ann Chiang', 'organization:DAB', 'place:Kowloon West']],
    // Provinces from country-state-city: a town and its province are one place, not in a list that goes on.
    ['Schools in Livorno, Tuscany, must pay.', ['place:Livorno, Tuscany', 'place:Tuscany']],
    // A chain of places mentions each place after a comma with those that contain it; a city's name before a country
    // is a region too, and a dateline's preposition may follow.
    ['Evansville, Indiana, United States - This past week was busy.', ['place:Evansville, Indiana, United States', 'place:Indiana, United States', 'place:United States']],
    ['Friday, January 3, 2014  Preston, Victoria, Australia On Saturday, Wikinews met her.', ['place:Preston, Victoria, Australia', 'place:Victoria, Australia', 'place:Australia', 'organization:Wikinews']],
    ['Flights leave from Christchurch, Auckland or Wellington.', ['place:Christchurch', 'place:Auckland', 'place:Wellington']],
    // A place's name with a geographic head word names a place of its own; "Island" is no alternative name of Iceland;
    // a name after "pro-" or "anti-" is a stance, not a mention.
    ['Ferries left Jersey City for the Hong Kong Island constituency.', ['place:Jersey City', 'place:Hong Kong Island']],
    ['For the Pro-Beijing camp, anti-Trump voters won.', []],
    // A one-word name that owns a person's name is their body; "-ting" after a short syllable is a syllable.
    ["The winners were Lau and Youngspiration's Yau Wai-ching, and Pan-democrat Lam Cheuk-ting.", ['person:Lau', 'organization:Youngspiration', 'person:Yau Wai-ching', 'person:Lam Cheuk-ting']],
    // An organization's head word, then a first name and a surname: two names.
    ['The CEO of the Refugee Council Enver Solomon told reporters.', ['organization:Refugee Council', 'person:Enver Solomon']],
    // A list passes its type along in both directions; an organization and its head word are one name.
    ['Greeks worship gods such as Zeus, Hera, Poseidon, Aphrodite, and Athena.', ['person:Greeks', 'person:Zeus', 'person:Hera', 'person:Poseidon', 'person:Aphrodite', 'person:Athena']],
    ['Claudia Mo of the Labour Party lost; BBC News said so.', ['person:Claudia Mo', 'organization:Labour Party', 'organization:BBC News']],
    // A product after an organization's name; a particle and a capital continue a name; a PhD is a degree; an ice
    // shelf is a place, named after a first name.
    ['According to Google Analytics, she studied under Prof. Patrizia d\'Ettorre and did a PhD near the Ross Ice Shelf.', ['organization:Google', "person:Prof. Patrizia d'Ettorre", 'place:Ross Ice Shelf']],
    // Honours after a name belong to the mention; a title alone is no place ("State").
    ['The prosecutor, Mark Tedeschi, QC, said so to John Kerry, the Secretary of State.', ['person:Mark Tedeschi, QC', 'person:John Kerry']],
    // An institution's head word goes on with "for" or "on"; a school district is a body.
    ['She chairs the Australian Centre for Control of Iodine Deficiency Disorders and the Irving Independent School District.', ['organization:Australian Centre for Control of Iodine Deficiency Disorders', 'organization:Irving Independent School District']],
    // An untyped name the article puts after "in", "from", "throughout" at least twice is a place; a common word is not.
    ['They live in Kortavia. Trade grew in Kortavia, and goods came from Kortavia. Forms are only in English, in English.', ['place:Kortavia', 'place:Kortavia', 'place:Kortavia']],
    // "Team" and a country: the national team.
    ['Team Estonia had to rebuild their robot.', ['organization:Team Estonia']], // its country is its affiliation
    // Structures and routes are places by their head word.
    ['Take the Cimarron Turnpike to the Tulsa Zoo and the Katy Trail.', ['place:Cimarron Turnpike', 'place:Tulsa Zoo', 'place:Katy Trail']],
    // Nor is a city inside a venue's name.
    ['The Fan Expo took place at the Metro Toronto Convention Centre.', ['place:Metro Toronto Convention Centre']],
    // Authors cited by year or "et al." are people.
    ['As Quilis (1964) showed, and Klingberg et al. confirmed (Porte, 2012), it holds.', ['person:Quilis', 'person:Klingberg', 'person:Porte']],
    ['Dust detectors that Eberhard Gruen and his colleagues used found it.', ['person:Eberhard Gruen']],
    // A capital with "City" is the city.
    ['The Taipei City Lantern Festival began.', ['place:Taipei City', 'place:Lantern Festival']],
    // A lower-case role noun before a name outweighs the tagger ("Hill" reads as a place); after a comma it types only
    // an untyped name; a role in apposition types the name before it.
    ['American academic and professor Marc Lamont Hill commented.', ['person:Marc Lamont Hill']],
    ["According to the Afghan team 's coach, Alireza Mehraban, the team won.", ['person:Alireza Mehraban']],
    ['Major general Fuad Basya, spokesman for the military, said so.', ['person:Fuad Basya']],
    // A list of three names, or closed by "and", "or", "&", shares its type; the citation lists of papers too.
    ['Studies show it (Boot, Kramer, Simons, Fabiani, & Gratton, 2008).', ['person:Boot', 'person:Kramer', 'person:Simons', 'person:Fabiani', 'person:Gratton']],
    ['Hubs serve United, JetBlue, Zorblat.', ['organization:United', 'organization:JetBlue', 'organization:Zorblat']],
  ])('%s', (text, expected) => {
    expect(typed(text)).toEqual(expected);
  });
});

describe('mentions: where rules must not fire', () => {
  test.each<[string]>([
    ['Thursday, January 12, 2006'], // dates are not names
    ['When the talks ended, nobody spoke.'], // sentence-initial capitals are not names by themselves
    ['American and Iranian negotiators met.'], // demonyms are adjectives: affiliations, not places
    ['The Internet is large.'],
    ['Hey, it was fine.'], // interjections are not names
    ['Reading the report, she smiled.'], // a city's name that is a common word ("Reading") is the word
    ['It prevents study of DNA and lowers IQ.'], // common acronyms are not organizations
    ['[12] Indeed, the results held.'], // the first word after a citation still starts the sentence
    ['It was a good day for everyone.'],
    ['It was the President'], // a title alone, at the very end of the text (found by the fuzz test)
    // A heading in capitals holds no acronyms.
    ['2. GUJJOLAAY EEGIMAA, ITS SPEAKERS AND THEIR NEIGHBOURS\n\nThis section is short.'],
    // Acronyms the article defines as terms, and units or currencies by a number, are no organizations.
    ['Ants die sooner when ingesting ROS [Reactive Oxygen Species, the group of molecules]. The ROS can be measured.'],
    ['Satellites measure sea surface salinity (SSS) and SSS varies.'],
    ['Visit the demo of the VM (virtual microscope) online.'],
    ['It costs 15 - 25 CUC, at an estimated cost of NZ $ 26 million, from 2000 BCE.'],
    // Weapons, craft and terms of defence press releases are no organizations' acronyms.
    ['Forces shot down a UAV and two ASCM; an MQ-9 flew ISR missions in the AOR.'],
    // Common words before "team", "group", "project" are no organization's name.
    ['We went as the Gliders team; the European team won; a Virtual Microscope project helped.'],
    // Letters and digits name versions and products ("IE6 users"), not organizations.
    ['Web developers face big problems with IE6, and IE6 users should update.'],
    // The tagger's organization reading that belongs to the common noun after the word.
    ['The Jewish population was small; Korean restaurants opened.'],
    // A lower-case word joined by a hyphen makes a word of a name, no mention of it.
    ['The lab nicknamed him the i-Nick; I have a mini-MMPI that I developed.'],
    // A name the article writes only after a determiner is a device or a term it uses, not a body.
    ['Is that orange glow in the ROV lights their own? It may interact with the light of the ROV.'],
    // People are in places too; "a group of" islands is no organization.
    ['At the moment Shalev is in Levico. Vava’u is a group of islands.'],
    // Particles that open place names are no given names ("La" and "Beau" are in the name lists).
    ['Sculptures from La Venta were found; we danced at Beau Soleil.'],
    // A degree names no body.
    ['She earned a Master of Public Administration and a Bachelor of Arts.'],
  ])('%s', (text) => {
    expect(typed(text)).toEqual([]);
  });
});

test('a term the article defines is no name at all, not even an untyped one for the tagger', () => {
  const text = 'The most common bulb is the Compact Fluorescent Light (CFL). A CFL lasts longer.';
  expect(findMentions(text, tokenize(text), segment(text)).map((m) => m.text)).not.toContain('CFL');
});

test('a Persian or Urdu izafe between hyphens goes on with the name ("Tehreek-e-Insaf" was "Tehreek")', () => {
  const text = 'Imran Khan founded Tehreek-e-Insaf in 1996.';
  expect(findMentions(text, tokenize(text), segment(text)).map((m) => m.text)).toEqual(['Imran Khan', 'Tehreek-e-Insaf']);
});

test.each<[string, string[]]>([
  ['Jewish and Muslim leaders met; the Kurdish YPG said so.', ['YPG']],
  // Nor is a faith or a doctrine.
  ['He blended Shamanism, Christianity and Islam; Marxism spread in Kenya.', ['Kenya']],
])("a people's or a faith's adjective alone is no name at all, as a demonym is none: %s", (text, names) => {
  expect(findMentions(text, tokenize(text), segment(text)).map((m) => m.text)).toEqual(names);
});

test.each<[string, string[]]>([
  // compromise calls "Pence" an interjection: the article writes it capitalised inside a sentence, so it is a name.
  ['Pence: we will not be at the debate.\n\nOn Sunday, Gov. Mike Pence said so.', ['Pence', 'Gov. Mike Pence']],
  ['Hey, it was fine. Hey said nothing.', []], // written capitalised only where a sentence opens
])('a word compromise calls an interjection is a name where the article writes it as one: %s', (text, names) => {
  expect(findMentions(text, tokenize(text), segment(text)).map((m) => m.text)).toEqual(names);
});

describe('mentions: attributes', () => {
  test('an acronym whose expansion is an organization stays one', () => {
    expect(typed('The World Health Organization (WHO) warned. They quoted WHO.')).toEqual(['organization:World Health Organization', 'organization:WHO', 'organization:WHO']);
  });
  test('one comma sets off an apposition, not a list', () => {
    expect(typed('And the head of NATO, Hoop Scheffer, he has explained it.')).not.toContain('organization:Hoop Scheffer');
    expect(typed('According to ABC News, Basya also believes it.')).not.toContain('organization:Basya');
    expect(typed('Few draws for the traveler, West Oakland is poor.')[0]).toBe('place:West Oakland'); // a role noun and a comma make no place a person
  });
  test('an inverted name is canonical in its usual order', () => {
    expect(mentions('London, Jack. White Fang')[0]).toMatchObject({ text: 'London, Jack', canonical: 'Jack London', type: 'person' });
  });
  test('a title is kept on the mention', () => {
    expect(mentions('Special Envoy Steve Witkoff arrived.')[0]).toMatchObject({ text: 'Special Envoy Steve Witkoff', canonical: 'Steve Witkoff', title: 'Special Envoy' });
  });
  test('a description that names one group takes its name', () => {
    expect(mentions('Iran-backed Houthi militants fired a drone.').find((m) => m.type === 'force')).toMatchObject({ text: 'Houthi militants', canonical: 'Houthis', affiliation: 'Yemen' });
    expect(mentions("Yemen's Houthi movement fired a drone.").find((m) => m.type === 'force')).toMatchObject({ text: 'Houthi movement', canonical: 'Houthis' });
  });
  test('gazetteer forms resolve to one canonical name', () => {
    const names = mentions('The U.S. and the United States and America and the US.').map((m) => m.canonical);
    expect(names).toEqual(['United States', 'United States', 'United States', 'United States']);
  });
  test('a country before a title is the person\'s affiliation', () => {
    expect(mentions('US President Barack Obama spoke.')[0]).toMatchObject({ canonical: 'Barack Obama', title: 'President', affiliation: 'United States' });
  });
  test('in a match report countries stand for their national teams', () => {
    const report = 'Sweden defeated South Korea 1 – 0 in the World Cup match. The goal came from a penalty after the referee checked the video; the striker scored and the coach praised the squad and the goalkeeper at the stadium.';
    expect(mentions(report).filter((m) => m.type === 'place').map((m) => m.metonymy)).toEqual(['national team of Sweden', 'national team of South Korea']);
  });
  test('in a match report a country is the land after a preposition of place', () => {
    const report = 'Tina played in Canada and within Australia. Australia beat Canada 3 – 0 in the match; the coach, the squad, the goalkeeper, the striker and the referee saw the goal, the penalty and the score at the stadium.';
    expect(mentions(report).filter((m) => m.type === 'place').map((m) => m.metonymy ?? 'land')).toEqual(['land', 'land', 'national team of Australia', 'national team of Canada']);
  });
  test('in a match report a country before "women\'s" or "national" names the land the team is of', () => {
    const report = 'Tina, a member of the Australia women \'s national team, played. Australia beat Canada 3 – 0 in the match; the coach, the squad, the goalkeeper, the striker and the referee saw the goal, the penalty and the score at the stadium.';
    expect(mentions(report).filter((m) => m.type === 'place').map((m) => m.metonymy ?? 'land')).toEqual(['land', 'national team of Australia', 'national team of Canada']);
  });
  test('a force records its affiliation', () => {
    expect(mentions('The USS Abraham Lincoln sailed.')[0]).toMatchObject({ type: 'force', canonical: 'USS Abraham Lincoln', affiliation: 'United States' });
    // An acronym in brackets is the name's, so the two are one entity even where the acronym is no initialism.
    expect(mentions('U.S. Africa Command (AFRICOM) said so.')[1]).toMatchObject({ type: 'force', text: 'AFRICOM', canonical: 'US Africa Command' });
    expect(mentions('The German frigate Hessen sailed.')[0]).toMatchObject({ type: 'force', canonical: 'Hessen', affiliation: 'Germany' });
    expect(mentions('CENTCOM said so.')[0]).toMatchObject({ canonical: 'US Central Command', affiliation: 'United States' });
  });
  // A capital that acts is the city as the annotators of every corpus here type it (no corpus's gold made one of 28 an
  // organization), the government or not.
  test.each<[string]>([['Washington sees this as leverage.'], ['Tehran insisted on its rights.'], ['Athens hosted the Olympics.'], ['Talks in Tehran ended.']])('a capital is a place, no metonymy: %s', (text) => {
    expect(mentions(text)[0]).toMatchObject({ type: 'place', metonymy: undefined });
  });
  test('every span is exactly its text', () => {
    const text = 'Admiral Brad Cooper’s ship, the USS Abraham Lincoln, left Muscat’s port for the Gulf of Oman.';
    for (const m of mentions(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
