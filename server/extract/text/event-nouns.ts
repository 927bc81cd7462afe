import { dict } from './util';

/*
 * Words for the kinds of event news follows, by the common noun each goes by: what names an
 * article's event (quantity/event.ts) and what a date before it dates ("the Oct. 15 failure").
 */

export const EVENT_NOUNS: Record<string, string> = dict({
  fire: 'fire', fires: 'fire', wildfire: 'fire', wildfires: 'fire', blaze: 'fire', bushfire: 'fire', inferno: 'fire', 'forest fire': 'fire',
  strike: 'strike', strikes: 'strike', walkout: 'strike', stoppage: 'strike',
  flood: 'flood', floods: 'flood', flooding: 'flood', deluge: 'flood',
  outbreak: 'outbreak', epidemic: 'outbreak', pandemic: 'pandemic',
  collapse: 'collapse', 'cave-in': 'collapse', disaster: 'disaster', accident: 'accident',
  spill: 'spill', leak: 'spill', earthquake: 'earthquake', quake: 'earthquake',
  storm: 'storm', hurricane: 'storm', cyclone: 'storm', typhoon: 'storm',
  explosion: 'explosion', blast: 'explosion', crash: 'crash', derailment: 'derailment',
  eruption: 'eruption', landslide: 'landslide', mudslide: 'landslide', drought: 'drought', heatwave: 'heatwave', heatwaves: 'heatwave', heat: 'heatwave',
  election: 'election', referendum: 'referendum', protests: 'protests', protest: 'protests', famine: 'famine', war: 'war', siege: 'siege',
  // The rest of what news follows for weeks: attacks and conflicts, failures of things built, crises of supply,
  // movements of people, disasters of weather and ground, crimes and corporate collapses.
  attack: 'attack', attacks: 'attack', cyberattack: 'attack', 'cyber-attack': 'attack', hack: 'attack', bombing: 'attack', shooting: 'attack', raid: 'attack', raids: 'attack',
  offensive: 'offensive', invasion: 'offensive', incursion: 'offensive', fighting: 'fighting', clashes: 'fighting', conflict: 'fighting', insurgency: 'fighting',
  breach: 'breach', failure: 'failure', outage: 'outage', outages: 'outage', blackout: 'outage', blackouts: 'outage', shutdown: 'shutdown',
  crisis: 'crisis', shortage: 'shortage', shortages: 'shortage', influx: 'influx', exodus: 'influx',
  tsunami: 'tsunami', avalanche: 'avalanche', tornado: 'tornado', blizzard: 'storm', snowstorm: 'storm', monsoon: 'flood', sinkhole: 'collapse',
  sinking: 'sinking', shipwreck: 'sinking', capsizing: 'sinking', stampede: 'stampede', riot: 'riots', riots: 'riots', unrest: 'riots',
  contamination: 'contamination', poisoning: 'contamination', recall: 'recall', scandal: 'scandal', fraud: 'fraud', heist: 'fraud', bankruptcy: 'bankruptcy', layoffs: 'layoffs', closure: 'closure', closures: 'closure', redundancies: 'layoffs', lockout: 'strike', blockade: 'blockade', coup: 'coup', kidnapping: 'kidnapping', hijacking: 'kidnapping',
});

/**
 * Event nouns other stories use for their consequences ("road closures", "300 layoffs at the mill"): in a
 * figure's clause they name no other event, though an article may be about one ("the Ostrel closure").
 */
export const CONSEQUENCE_EVENTS = new Set(['closure', 'layoffs']);

/** Event nouns any story's event may go by ("the disaster", "the accident"): they name no other event. */
export const GENERIC_EVENTS = new Set(['disaster', 'accident', 'crisis', 'failure']);
