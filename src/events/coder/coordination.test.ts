import { describe, expect, test } from 'vitest';
import { coordinatedVerb } from './coordination.js';
import { taggedWords } from './tagged-words.js';

/** Words from "text/POS" pairs, so the tests do not depend on the tagger. */
const words = taggedWords;

describe('coordinatedVerb: the finite verb of the same tense that a verb after "and" joins', () => {
  test.each([
    // The speech verb, over an embedded modal clause: the subject's own act.
    ['Trump/PROPN said/VERB he/PRON would/AUX veto/VERB the/DET bill/NOUN ,/PUNCT and/CCONJ slammed/VERB Congress/PROPN', 'slammed', 'said'],
    ['Kerry/PROPN met/VERB Lavrov/PROPN and/CCONJ called/VERB on/ADP Syria/PROPN to/PART withdraw/VERB', 'called', 'met'],
    ['Iran/PROPN condemns/VERB the/DET strike/NOUN and/CCONJ promptly/ADV demands/VERB talks/NOUN', 'demands', 'condemns'],
    // The nearest finite verb of the tense: the reported clause's own verb.
    ['Trump/PROPN said/VERB Iran/PROPN attacked/VERB ships/NOUN and/CCONJ seized/VERB a/DET tanker/NOUN', 'seized', 'attacked'],
    // A perfect with no comma: the finite verb that governs its clause, else the perfect itself.
    ['Trump/PROPN said/VERB he/PRON had/AUX watched/VERB the/DET hearing/NOUN and/CCONJ slammed/VERB Democrats/PROPN', 'slammed', 'said'],
    ['The/DET envoys/NOUN had/AUX met/VERB in/ADP Oslo/PROPN and/CCONJ agreed/VERB on/ADP talks/NOUN', 'agreed', 'met'],
    // A comma before "and" closes a perfect's clause.
    ['Trump/PROPN said/VERB he/PRON had/AUX watched/VERB the/DET hearing/NOUN ,/PUNCT and/CCONJ slammed/VERB Democrats/PROPN', 'slammed', 'said'],
  ] as const)('%s: «%s» joins «%s»', (tagged, verb, want) => {
    const ws = words(tagged);
    const got = coordinatedVerb(ws, ws.findIndex((w) => w.text === verb));
    expect(got && ws[got.verb]!.text).toBe(want);
  });

  test.each([
    // A passive's bare participle: which verb it joins is ambiguous.
    ['He/PRON was/AUX arrested/VERB on/ADP Monday/PROPN and/CCONJ charged/VERB with/ADP murder/NOUN', 'charged'],
    // Its own auxiliary: another rule's case.
    ['Vietnam/PROPN protested/VERB and/CCONJ has/AUX accused/VERB Beijing/PROPN', 'accused'],
    // A base form after "and" is no finite verb.
    ['The/DET leaders/NOUN will/AUX meet/VERB and/CCONJ sign/VERB a/DET deal/NOUN', 'sign'],
    // With no comma before "and", the nearest verb is the one joined: an embedded one is no match.
    ['The/DET ministry/NOUN said/VERB the/DET sanctions/NOUN would/AUX fail/VERB and/CCONJ warned/VERB of/ADP unrest/NOUN', 'warned'],
    // Another tense before the "and", and a subordinator stops the search.
    ['Iran/PROPN will/AUX respond/VERB because/SCONJ Israel/PROPN attacks/VERB and/CCONJ killed/VERB', 'killed'],
  ] as const)('%s: «%s» joins none', (tagged, verb) => {
    const ws = words(tagged);
    expect(coordinatedVerb(ws, ws.findIndex((w) => w.text === verb))).toBeUndefined();
  });
});
