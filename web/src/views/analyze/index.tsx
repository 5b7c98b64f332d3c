/**
 * The analyze view (`/analyze`): paste a URL, an HTML page or text; `POST /api/analyze` runs the
 * whole pipeline and the page shows the article (entities coloured in the text), its quotes and
 * its coded events with their evidence. Nothing is stored unless asked (`store: true`).
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { analyzeFields, api } from '../../api.js';
import type { AnalysisResult, StoredOutcome } from '../../api-types.js';
import { ErrorBox } from '../../components.js';
import type { ViewProps } from '../../view-props.js';
import { Article, articleMarks, ENTITY_TYPES } from './article.js';
import { detectKind } from './detect.js';
import type { InputKind } from './detect.js';
import { AnalysisEvents, EntityList, QuoteList } from './panels.js';

/** The analyze view. */
export function AnalyzeView(_props: ViewProps): JSX.Element {
  const [input, setInput] = useState('');
  const [kind, setKind] = useState<InputKind | 'auto'>('auto');
  const [date, setDate] = useState('');
  const [extract, setExtract] = useState(true);
  const [canExtract, setCanExtract] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | undefined>(undefined);
  const [result, setResult] = useState<AnalysisResult | undefined>(undefined);
  const [store, setStore] = useState(false);
  const [stored, setStored] = useState<StoredOutcome | undefined>(undefined);
  useEffect(() => {
    void analyzeFields().then((fields) => setCanExtract(fields.has('extract')));
  }, []);
  const effective = kind === 'auto' ? detectKind(input) : kind;

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!input.trim()) return;
    setBusy(true);
    setError(undefined);
    try {
      const body = { [effective]: effective === 'url' ? input.trim() : input, ...(date ? { date } : {}), ...(effective === 'text' && canExtract ? { extract } : {}), ...(store ? { store: true } : {}) };
      const answer = await api.analyze(body);
      setResult(answer.result);
      setStored(answer.stored);
    } catch (err) {
      setError(err as Error);
    } finally {
      setBusy(false);
    }
  };

  const marks = result ? articleMarks(result) : [];
  return (
    <div class="analyze-page">
      <form class="panel analyze-form" onSubmit={(e) => void submit(e)}>
        <h1>Analyze a page</h1>
        <p class="muted small">Paste a URL, a page’s HTML or its text. The article, its entities, quotes and coded events appear below; nothing is stored unless you ask.</p>
        <textarea name="input" placeholder="https://… or <html>… or the article text" value={input} onInput={(e) => setInput(e.currentTarget.value)} spellcheck={false} />
        <div class="row">
          <label>
            Input is{' '}
            <select name="kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as InputKind | 'auto')}>
              <option value="auto">detected{input.trim() ? ` (${detectKind(input)})` : ''}</option>
              <option value="url">a URL</option>
              <option value="html">HTML</option>
              <option value="text">text</option>
            </select>
          </label>
          {effective === 'text' && canExtract && (
            <label title="Find the title, standfirst and body in a page's text (menus and share links dropped); off: every paragraph is the article">
              <input type="checkbox" name="extract" checked={extract} onChange={(e) => setExtract(e.currentTarget.checked)} /> extract the article from the text
            </label>
          )}
          {/* A server whose analyze body has no `extract` flag takes text as the article itself. */}
          {effective === 'text' && !canExtract && input.trim() && (
            <span class="muted small" data-testid="text-hint">
              Text is analysed as the article itself (every line kept); for a whole page, paste its HTML or URL.
            </span>
          )}
          <label>
            Published{' '}
            <input type="date" name="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} title="anchors relative dates (“on Tuesday”) when the page gives no date" />
          </label>
          <label title="also add the page and its events to the knowledge base (a server beyond loopback needs its token for this)">
            <input type="checkbox" name="store" checked={store} onChange={(e) => setStore(e.currentTarget.checked)} /> add to the knowledge base
          </label>
          <button type="submit" class="primary" disabled={busy || !input.trim()}>
            {busy ? 'Analyzing…' : 'Analyze'}
          </button>
        </div>
      </form>
      {error && <ErrorBox error={error} />}
      {stored && (
        <p class="panel small" data-testid="stored">
          {stored.status === 'duplicate' ? 'Already in the knowledge base' : `Stored (${stored.status}) with ${stored.events} event${stored.events === 1 ? '' : 's'}`}: document <code>{stored.documentId}</code>. Its events are in the <a href="/">events table</a>.
        </p>
      )}
      {result && (
        <div class="columns analysis" data-testid="analysis">
          <section class="panel">
            <div class="legend">
              {ENTITY_TYPES.map(([type, label]) => (
                <mark key={type} class={`ent-${type}`}>
                  {label}
                </mark>
              ))}
              <mark class="quote-span">quote</mark>
            </div>
            <Article result={result} marks={marks} />
          </section>
          <aside>
            <section class="panel">
              <h2>Events ({result.events.length})</h2>
              <AnalysisEvents result={result} />
            </section>
            <section class="panel">
              <h2>Entities</h2>
              <EntityList result={result} />
            </section>
            <section class="panel">
              <h2>Quotes ({result.quotes.length})</h2>
              <QuoteList result={result} />
            </section>
          </aside>
        </div>
      )}
    </div>
  );
}
