import { createCallProgram } from './data';

/** Generates the synthetic program and returns what it holds, record by record. */
export async function run(): Promise<unknown> {
  const program = createCallProgram();
  return JSON.parse(JSON.stringify(program));
}
