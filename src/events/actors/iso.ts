/**
 * ISO 3166 alpha-2 -> alpha-3, for the language layer's country codes (the event layer uses
 * PLOVER's alpha-3 codes).
 *
 * @module
 */
import countries from 'i18n-iso-countries';

/** Alpha-3 code of an alpha-2 (or already alpha-3) country code; the input when unknown. */
export function alpha3(code: string): string {
  if (code.length === 3) return code.toUpperCase();
  // PLOVER codes Kosovo KOS; ISO has only the user-assigned XK.
  if (code.toUpperCase() === 'XK') return 'KOS';
  return countries.alpha2ToAlpha3(code.toUpperCase()) ?? code.toUpperCase();
}
