import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { recordKinds } from '@parent-partner/core';
import { createJsonSchema } from '@parent-partner/core/json-schema';
import { createRuleSetJsonSchema } from '@parent-partner/matching';
import { createConsentJsonSchema } from '@parent-partner/privacy';
import type { CommandContext } from '../command-context';
import { ExitCode, type ExitCodeValue } from '../exit-codes';

/** Options of the `schema` command. */
export interface SchemaCommandOptions {
  /** Folder to write the JSON Schema files into (created when missing). */
  readonly out: string;
}

/** Writes the JSON Schema of every record kind, of consent records and of the rule-set format into a folder, one file each. */
export async function runSchemaCommand(
  context: CommandContext,
  options: SchemaCommandOptions,
): Promise<ExitCodeValue> {
  const directory = context.resolvePath(options.out);
  await mkdir(directory, { recursive: true });
  const schemas: [string, unknown][] = [
    ...recordKinds.map((kind): [string, unknown] => [kind, createJsonSchema(kind)]),
    ['consent', createConsentJsonSchema()],
    [
      'rule-set',
      {
        ...createRuleSetJsonSchema(),
        $id: 'https://parent-partner.dev/schemas/rule-set.json',
        title: 'rule-set',
      },
    ],
  ];
  for (const [name, schema] of schemas) {
    await writeFile(join(directory, `${name}.schema.json`), `${JSON.stringify(schema, null, 2)}\n`);
  }
  context.output.writeLine(
    `Wrote ${schemas.length} JSON Schema files to ${options.out}: <kind>.schema.json for each record kind (${recordKinds.join(', ')}), consent.schema.json and rule-set.schema.json.`,
  );
  return ExitCode.ok;
}
