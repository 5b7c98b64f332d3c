/**
 * Types of the places module: geocoded places, the context that disambiguates them, and the
 * place mentions the event linker chooses among.
 *
 * @module
 */

/** How precise a place's coordinates are: a populated place, a first-level region, a country, or a named feature. */
export type PlacePrecision = 'city' | 'region' | 'country' | 'feature';

/** One geocoded place. */
export interface Place {
  /** The gazetteer's name (GeoNames spelling for cities, common English name for countries). */
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-3 code of the country the place lies in (the main one for cross-border features). */
  country: string;
  /** GeoNames admin-1 code within `country` (`TX`, `09`, …), when known. */
  admin1?: string;
  precision: PlacePrecision;
  population?: number;
  /** Stable id: `geonames:<id>`, `country:<ISO3>`, `region:<ISO3>.<admin1>` or `feature:<slug>`. */
  id: string;
}

/** What the article says that helps choose between same-named places. */
export interface GeocodeContext {
  /** ISO3 codes of the countries the article mentions, most frequent first. */
  countries?: readonly string[];
  /** Names of first-level regions the article mentions (`Texas`), resolved through the gazetteer. */
  regions?: readonly string[];
}

/** A place name found in a sentence: half-open character offsets into the sentence. */
export interface PlaceMention {
  start: number;
  end: number;
  text: string;
}

/** How the event relates to the linked place. */
export type PlaceRelation =
  | 'in'
  | 'at'
  | 'near'
  | 'outside'
  | 'around'
  | 'across'
  | 'along'
  | 'between'
  | 'to'
  | 'north of'
  | 'south of'
  | 'east of'
  | 'west of'
  | 'northeast of'
  | 'northwest of'
  | 'southeast of'
  | 'southwest of';

/** The place an event happened at, as the linker decided it. */
export interface EventPlaceLink {
  place: PlaceMention;
  /** The preposition that ties the event to the place, when there is one. */
  relation?: PlaceRelation;
  /** For relative locations ("east of Damascus"), the place the relation is measured from. */
  anchor?: PlaceMention;
  /** Further places the event happened at, coordinated with `place` ("in Homs and Hama"). */
  also?: PlaceMention[];
}
