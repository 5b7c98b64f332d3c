import { eventLocationSuite } from './event-location.js';
import { extractionSuite } from './extraction.js';
import { metadataSuite } from './metadata.js';
import type { Suite } from './suite.js';

/** Every evaluation suite, in report order. */
export const SUITES: readonly Suite[] = [extractionSuite, metadataSuite, eventLocationSuite];
