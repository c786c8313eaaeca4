import { type CliContext, UsageError } from './command.ts';

/**
 * Reads a password from standard input: typed at a terminal without echo, or the first line of
 * whatever is piped in (`printf '%s\n' "$PASSWORD" | lindung user create …`). A password given
 * as a flag instead would show in the process list and the shell's history.
 */
export async function readPassword(context: CliContext, prompt: string): Promise<string> {
  const password = context.stdin.isTTY
    ? await readHidden(context, prompt)
    : firstLine(await readAll(context.stdin));
  if (password === '') throw new UsageError('no password given (on standard input or with --password)');
  return password;
}

function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').replace(/\r$/, '');
}

async function readAll(input: AsyncIterable<unknown>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function readHidden(context: CliContext, prompt: string): Promise<string> {
  const { stdin, stderr } = context;
  stderr.write(prompt);
  stdin.setRawMode?.(true);
  stdin.setEncoding('utf8');
  stdin.resume();
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (outcome: () => void) => {
      stdin.off('data', onData);
      stdin.setRawMode?.(false);
      stdin.pause();
      stderr.write('\n');
      outcome();
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n') return finish(() => resolve(typed));
        if (character === '\u0003' || character === '\u0004') {
          return finish(() => reject(new UsageError('cancelled: no password given')));
        }
        typed =
          character === '\u007f' || character === '\b' ? [...typed].slice(0, -1).join('') : typed + character;
      }
    };
    stdin.on('data', onData);
  });
}
