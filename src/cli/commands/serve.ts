import type { Command } from 'commander';
import { isLoopback, startServer } from '../../server.js';
import type { CliContext } from '../io.js';
import type { DbCommandOptions } from '../store-io.js';
import { addDbOption, withStore } from '../store-io.js';
import { intOption } from '../options.js';
import { packageVersion } from '../version.js';

/** Parsed options of `sitrep serve`. */
export interface ServeCommandOptions extends DbCommandOptions {
  port: number;
  host: string;
  token?: string;
}

/** Registers `sitrep serve`: the JSON API (and web UI) over the knowledge base, until interrupted. */
export function registerServe(program: Command, ctx: CliContext): void {
  addDbOption(program.command('serve').description('Serve the knowledge base: JSON API under /api/, OpenAPI at /openapi.json, the web UI at /'))
    .option('--port <n>', 'port to listen on (0: any free port)', intOption(0, 65535), 8080)
    .option('--host <host>', 'interface to listen on; beyond loopback, writes need --token', '127.0.0.1')
    .option('--token <token>', 'writes (POST) need "Authorization: Bearer <token>" (default: $SITREP_TOKEN)')
    .action(async (opts: ServeCommandOptions) => {
      const token = opts.token ?? process.env['SITREP_TOKEN'];
      await withStore(opts, ctx, async (store) => {
        const server = await startServer({ store, host: opts.host, port: opts.port, version: packageVersion(), ...(token ? { token } : {}) });
        ctx.io.stdout.write(`sitrep: serving ${server.url} (API under /api/, OpenAPI at /openapi.json); Ctrl-C stops\n`);
        if (!token && !isLoopback(opts.host)) ctx.io.stderr.write('sitrep: listening beyond loopback without --token: writes (POST /api/analyze) are refused\n');
        await new Promise<void>((stop) => {
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        await server.close();
      });
    });
}
