/**
 * Places: an offline geocoder (GeoNames cities, countries, regions, features) and the linker
 * that picks the place an event happened at from the places a sentence mentions.
 *
 * @module
 */
export type { EventPlaceLink, GeocodeContext, Place, PlaceMention, PlacePrecision, PlaceRelation } from './types.js';
export type { EntitySpan } from './candidates.js';
export { foldName, nameKey } from './normalize.js';
export { geocode, geocodeCandidates } from './geocode.js';
export { findPlaceMentions } from './mentions.js';
export { placeCandidates } from './candidates.js';
export { eventTargets, linkEventPlace, scorePlaces } from './link.js';
