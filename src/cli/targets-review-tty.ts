/** The terminal prompt of `targets review --interactive`: one question at a time, only when stdin and stdout are a TTY. */
import { createInterface } from 'node:readline/promises';

export function askOnTerminal(): ((question: string) => Promise<string>) | undefined {
  if (!process.stdin.isTTY || !process.stdout.isTTY) return undefined;
  return async (question: string) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    try {
      return await rl.question(question);
    } finally {
      rl.close();
    }
  };
}
