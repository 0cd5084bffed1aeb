import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseBatchLine, type PageInput } from './parse-args.js';

/**
 * The pages of a --batch list, each as soon as its line arrives: `-` reads standard input, so a batch
 * runner can hand over a shard line by line and read each result before sending the next.
 */
export async function* readBatch(list: string): AsyncGenerator<PageInput> {
  const input = list === '-' ? process.stdin : createReadStream(list, 'utf8');
  let number = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    number += 1;
    const page = parseBatchLine(line, number);
    if (page !== null) yield page;
  }
}
