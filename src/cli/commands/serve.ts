import type { Command } from 'commander';
import { isLoopback, startServer } from '../../server.js';
import { defaultServerProcesses, forkServers, isForkedServer, leaveServers, reportListening } from '../../serve-workers.js';
import type { CliContext } from '../io.js';
import type { DbCommandOptions } from '../store-io.js';
import { resolveDbSpec } from '../../store/index.js';
import { addDbOption, withStore } from '../store-io.js';
import { intOption } from '../options.js';
import { packageVersion } from '../version.js';

/** Parsed options of `sitrep serve`. */
export interface ServeCommandOptions extends DbCommandOptions {
  port: number;
  host: string;
  token?: string;
  workers?: number;
}

/** Resolves on Ctrl-C or SIGTERM. */
function untilStopped(): Promise<void> {
  return new Promise<void>((stop) => {
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/** Registers `sitrep serve`: the JSON API (and web UI) over the knowledge base, until interrupted. */
export function registerServe(program: Command, ctx: CliContext): void {
  addDbOption(program.command('serve').description('Serve the knowledge base: JSON API under /api/, OpenAPI at /openapi.json, the web UI at /'))
    .option('--port <n>', 'port to listen on (0: any free port)', intOption(0, 65535), 8080)
    .option('--host <host>', 'interface to listen on; beyond loopback, writes need --token', '127.0.0.1')
    .option('--token <token>', 'writes (POST) need "Authorization: Bearer <token>" (default: $SITREP_TOKEN)')
    .option('--workers <n>', `server processes sharing the port, so requests use every core (default: one per core, at most 4; here ${defaultServerProcesses()})`, intOption(1, 64))
    .action(async (opts: ServeCommandOptions) => {
      const token = opts.token ?? process.env['SITREP_TOKEN'];
      // An in-memory database lives in one process: copies would each serve an empty store of their own.
      const processes = resolveDbSpec(opts.db) === ':memory:' ? 1 : (opts.workers ?? defaultServerProcesses());
      const warnOpen = (): void => {
        if (!token && !isLoopback(opts.host)) ctx.io.stderr.write('sitrep: listening beyond loopback without --token: writes (POST /api/analyze) are refused\n');
      };
      if (processes > 1 && !isForkedServer()) {
        // Open the store once here first, so its migrations run once instead of racing in every copy.
        let opened = false;
        await withStore(opts, ctx, async () => {
          opened = true;
        });
        if (!opened) return;
        const servers = await forkServers(processes);
        ctx.io.stdout.write(`sitrep: serving ${servers.url} (API under /api/, OpenAPI at /openapi.json; ${processes} processes); Ctrl-C stops\n`);
        warnOpen();
        await untilStopped();
        await servers.close();
        return;
      }
      await withStore(opts, ctx, async (store) => {
        const server = await startServer({ store, host: opts.host, port: opts.port, version: packageVersion(), ...(token ? { token } : {}) });
        if (isForkedServer()) {
          reportListening(server.url);
        } else {
          ctx.io.stdout.write(`sitrep: serving ${server.url} (API under /api/, OpenAPI at /openapi.json); Ctrl-C stops\n`);
          warnOpen();
        }
        await untilStopped();
        await server.close();
      });
      leaveServers();
    });
}
