// `npm start`: build what is not built, then run the one-process host — compiled to
// JavaScript and run by node alone — which migrates the database, seeds it when empty and
// serves the web app with the API at /api.
import { spawn } from 'node:child_process';
import { buildServerIfStale } from './server-build';
import { buildWebIfStale } from './web-build';

const say = (line: string) => process.stdout.write(`${line}\n`);
buildWebIfStale(say);
const server = spawn(process.execPath, ['--enable-source-maps', await buildServerIfStale(say)], { stdio: 'inherit' });
// The server stops cleanly on SIGTERM or SIGINT: pass them on and leave with its exit code.
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
