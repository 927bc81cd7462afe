/**
 * The quantities stage: what a figure counts (its deed, thing, place and kind) and which event
 * its article is about, so that figures of one quantity from many articles meet on one measure.
 */
export { readQuantity, type QuantityReading, type EventWords } from './read';
export { articleEvent, articleWords, ownEventKinds, type ArticleEvent } from './event';
export { proposeByQuantity, measureTitle, signatureOf, topicFor, eventOfTopic, JOIN_SURE, FOUND_SURE, type QuantityProposal } from './propose';
export { thingName } from './concepts';
export { zeroFigures } from './zero';
export { statedStart } from './start';
export { incidentalReason, earlierEventReason } from './incidental';
