// `npm run pack:packages`: packs every public package under packages/ into ./packed/, the tarballs
// an app can install before the packages are on the registry (`npm install ./packed/*.tgz zod`).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const destination = join(root, 'packed');
const folders = readdirSync(join(root, 'packages')).filter((folder) => {
  const manifest = join(root, 'packages', folder, 'package.json');
  return existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).private !== true;
});
mkdirSync(destination, { recursive: true });
const output = execFileSync(
  'npm',
  [
    'pack',
    '--json',
    '--pack-destination',
    destination,
    ...folders.map((folder) => `--workspace=packages/${folder}`),
  ],
  {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  },
);
for (const tarball of JSON.parse(output)) console.log(join('packed', tarball.filename));
