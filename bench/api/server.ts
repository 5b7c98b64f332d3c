/**
 * The server the API benchmark loads: `sitrep serve`'s `startServer` over the given database, in
 * its own process so the load generator does not share its event loop. Prints `READY <url>` once
 * listening; stops on SIGTERM.
 *
 *   node --import tsx bench/api/server.ts <sqlite path | postgres://…>
 */
import { startServer } from '../../src/server.js';
import { openStore } from '../../src/store/index.js';

const spec = process.argv[2];
if (!spec) throw new Error('usage: bench/api/server.ts <db>');
const store = await openStore(spec);
const server = await startServer({ store, port: 0, uiDir: '/nonexistent' });
console.log(`READY ${server.url}`);
process.on('SIGTERM', () => {
  void server.close().then(() => store.close()).then(() => process.exit(0));
});
