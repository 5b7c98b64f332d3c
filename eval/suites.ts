import { articleEventsSuite } from './article-events.js';
import { cameoSuite } from './cameo-examples.js';
import { eventLocationSuite } from './event-location.js';
import { datesSuite } from './dates.js';
import { dedupSuite } from './dedup.js';
import { extractionSuite } from './extraction.js';
import { metadataSuite } from './metadata.js';
import { nerSuite } from './ner.js';
import { petrarchSuite } from './petrarch.js';
import { petrarchUnitSuite } from './petrarch-unit.js';
import { ngecSuite } from './ngec.js';
import { ploverSuite } from './plover.js';
import { quantitiesSuite } from './quantities.js';
import { sentencesSuite } from './sentences.js';
import type { Suite } from './suite.js';
import { wikiEventsSuite } from './wikievents.js';

/** Every evaluation suite, in report order. */
export const SUITES: readonly Suite[] = [extractionSuite, nerSuite, metadataSuite, eventLocationSuite, sentencesSuite, datesSuite, quantitiesSuite, ploverSuite, petrarchSuite, petrarchUnitSuite, cameoSuite, ngecSuite, articleEventsSuite, wikiEventsSuite, dedupSuite];
