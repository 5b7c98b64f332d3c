/**
 * The server the API benchmark loads: `sitrep serve` as it runs by default — `startServer` over
 * the given database in {@link defaultServerProcesses} processes sharing one port (node:cluster),
 * or one process with `SITREP_BENCH_API_PROCESSES=1` — in its own process tree, so the load
 * generator does not share their event loops. Prints `READY <url>` once every process listens;
 * stops them all on SIGTERM.
 *
 *   node --import tsx bench/api/server.ts <sqlite path | postgres://…>
 */
import { startServer } from '../../src/server.js';
import { defaultServerProcesses, forkServers, isForkedServer, leaveServers, reportListening } from '../../src/serve-workers.js';
import { openStore } from '../../src/store/index.js';

const spec = process.argv[2];
if (!spec) throw new Error('usage: bench/api/server.ts <db>');
const processes = Number(process.env['SITREP_BENCH_API_PROCESSES'] || defaultServerProcesses());

if (processes > 1 && !isForkedServer()) {
  // As `sitrep serve` does: migrate once here, then fork the serving processes.
  await (await openStore(spec)).close();
  const servers = await forkServers(processes);
  console.log(`READY ${servers.url} PROCESSES ${processes}`);
  process.on('SIGTERM', () => {
    void servers.close().then(() => process.exit(0));
  });
} else {
  const store = await openStore(spec);
  const server = await startServer({ store, port: 0, uiDir: '/nonexistent' });
  if (isForkedServer()) reportListening(server.url);
  else console.log(`READY ${server.url} PROCESSES 1`);
  process.on('SIGTERM', () => {
    void server
      .close()
      .then(() => store.close())
      .then(() => (isForkedServer() ? leaveServers() : process.exit(0)));
  });
}
