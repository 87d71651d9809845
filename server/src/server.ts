// The cvlint language server: `node dist/server.js --stdio` (or --node-ipc, --socket=PORT, --pipe=NAME).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp/server';

const TRANSPORTS = ['--stdio', '--node-ipc', '--socket', '--pipe'];

if (process.argv.includes('--help') || !process.argv.slice(2).some((arg) => TRANSPORTS.some((flag) => arg.startsWith(flag)))) {
  process.stderr.write('Usage: node server.js --stdio | --node-ipc | --socket=PORT | --pipe=NAME\n');
  process.exit(process.argv.includes('--help') ? 0 : 2);
}

const connection = createConnection(ProposedFeatures.all);

// Never die on a bug in a handler or the engine: log it and keep serving.
process.on('uncaughtException', (error) => {
  connection.console.error(`cvlint: uncaught exception: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
});
process.on('unhandledRejection', (reason) => {
  connection.console.error(`cvlint: unhandled rejection: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`);
});

startServer(connection);
