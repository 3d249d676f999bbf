import { Console } from 'node:console';
import { AbstractMessageWriter, type Message, type MessageWriter } from 'vscode-languageserver/node';

/**
 * Writes each message to `stream` (standard output, for `--stdio`) in one piece, its header and its
 * content together. The library's own writer writes the header, waits for it to be written, then writes
 * the content: two calls to the system for every message, and a turn of the event loop between them. Counted
 * with strace over 2,000 keystrokes, the server made 4.05 writes a keystroke before and 2.05 after, on a
 * machine where each costs tens of microseconds (DEVELOPING.md, Benchmarks). A message is written whole
 * or not at all, so no lock is needed between them.
 */
export class OnePieceMessageWriter extends AbstractMessageWriter implements MessageWriter {
  private errorCount = 0;

  constructor(private readonly stream: NodeJS.WritableStream) {
    super();
    stream.on('error', (e: Error) => this.fireError(e));
    stream.on('close', () => this.fireClose());
  }

  write(message: Message): Promise<void> {
    const content = JSON.stringify(message);
    const length = Buffer.byteLength(content, 'utf8');
    const header = `Content-Length: ${length}\r\n\r\n`;
    const piece = Buffer.allocUnsafe(header.length + length);
    piece.write(content, piece.write(header, 'ascii'), 'utf8');
    return new Promise((resolve, reject) =>
      this.stream.write(piece, (e) => {
        if (!e) return resolve();
        this.fireError(e, message, ++this.errorCount);
        reject(e);
      }),
    );
  }

  end(): void {
    this.stream.end();
  }
}

/**
 * Given a writer, the library no longer keeps the console off standard output, as it does when it opens
 * `--stdio` itself: whatever prints to the console (a library's stray warning) would corrupt the protocol.
 * It goes to standard error, which editors show in the server's log.
 */
export function consoleToStandardError(): void {
  globalThis.console = new Console({ stdout: process.stderr, stderr: process.stderr });
}
