/**
 * Command-line options to a Config. A base state may come from --config (a JSON file holding the
 * share-link configuration) or --link (a share link or fragment); options given on the command
 * line then replace the matching fields. Any problem is a UsageError: one line, exit code 2.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import type { ParseArgsConfig } from 'node:util'
import {
  DEFAULT_CONFIG,
  FEATURE_IDS,
  PARTITIONS,
  SENDER_IDS,
  decodeShareState,
  fragmentOf,
  parseConfig,
  validateConfig,
} from '../core'
import type { Config, ShareState } from '../core'

export class UsageError extends Error {}

export const OPTIONS = {
  sender: { type: 'string' },
  feature: { type: 'string', multiple: true },
  identity: { type: 'string', multiple: true },
  region: { type: 'string', multiple: true },
  account: { type: 'string' },
  partition: { type: 'string' },
  from: { type: 'string', multiple: true },
  'configuration-set': { type: 'string', multiple: true },
  template: { type: 'string', multiple: true },
  'sns-topic': { type: 'string', multiple: true },
  's3-bucket': { type: 'string' },
  's3-prefix': { type: 'string' },
  sandbox: { type: 'boolean' },
  recipient: { type: 'string', multiple: true },
  'allow-send-email': { type: 'boolean' },
  config: { type: 'string' },
  link: { type: 'string' },
  format: { type: 'string' },
  'include-policy': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options']

export type Values = ReturnType<typeof parseCommandLine>['values']

/**
 * Splits argv into options and positionals. Unknown options, a single-value option given twice
 * and an empty value are usage errors: silently keeping the last or treating "" as "none" would
 * build a policy the script's author did not ask for.
 */
export function parseCommandLine(argv: readonly string[]) {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
      tokens: true,
    })
  } catch (error) {
    throw new UsageError(usageMessage((error as Error).message))
  }
  const seen = new Set<string>()
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue
    const spec = OPTIONS[token.name as keyof typeof OPTIONS]
    const multiple = 'multiple' in spec && spec.multiple
    if (!multiple && seen.has(token.name)) {
      throw new UsageError(`--${token.name} was given more than once`)
    }
    seen.add(token.name)
    if (token.value !== undefined && token.value.trim() === '') {
      throw new UsageError(`--${token.name} needs a value`)
    }
  }
  return { values: parsed.values, positionals: parsed.positionals }
}

/** Node's parser explains at length; a script's log needs the first clause. */
function usageMessage(message: string): string {
  const unknown = /Unknown option '([^']+)'/.exec(message)
  if (unknown) return `unknown option ${unknown[1] ?? ''}; see --help`
  return (message.split('. ')[0] ?? message).replace(/\s+/g, ' ')
}

/** One line on why a file could not be read or parsed. */
export function problemOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EISDIR') return 'is a directory'
  if (code === 'EACCES') return 'permission denied'
  if (error instanceof SyntaxError) return 'not valid JSON'
  return ((error as Error).message.split('\n')[0] ?? 'unreadable').trim()
}

function oneOf<T extends string>(name: string, list: readonly T[], value: string): T {
  if (!(list as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of: ${list.join(', ')} (got "${value}")`)
  }
  return value as T
}

function readBase(values: Values): ShareState {
  if (values.config && values.link) throw new UsageError('give --config or --link, not both')
  if (values.link) {
    const decoded = decodeShareState(fragmentOf(values.link))
    if (!decoded.ok) throw new UsageError(`--link: ${decoded.error}`)
    return decoded.state
  }
  if (values.config) {
    let json: unknown
    try {
      json = JSON.parse(readFileSync(values.config, 'utf8'))
    } catch (error) {
      throw new UsageError(`--config ${values.config}: ${problemOf(error)}`)
    }
    const parsed = parseConfig(json)
    if (!parsed.ok) throw new UsageError(`--config ${values.config}: ${parsed.error}`)
    return { config: parsed.value }
  }
  return { config: DEFAULT_CONFIG }
}

/** The share state the options describe: the base state with the options applied. */
export function stateFromOptions(values: Values): ShareState {
  const base = readBase(values)
  const c: Record<string, unknown> = { ...base.config }
  if (values.sender !== undefined) c.sender = oneOf('sender', SENDER_IDS, values.sender)
  if (values.partition !== undefined) {
    c.partition = oneOf('partition', PARTITIONS, values.partition)
  }
  if (values.feature) c.features = values.feature.map((f) => oneOf('feature', FEATURE_IDS, f))
  const lists = {
    identity: 'identities',
    region: 'regions',
    from: 'fromAddresses',
    'configuration-set': 'configurationSets',
    template: 'templates',
    'sns-topic': 'snsTopics',
    recipient: 'recipients',
  } as const
  for (const [option, field] of Object.entries(lists)) {
    const given = values[option as keyof typeof lists]
    if (given) c[field] = given
  }
  if (values.account !== undefined) c.account = values.account
  if (values['s3-bucket'] !== undefined) c.s3Bucket = values['s3-bucket']
  if (values['s3-prefix'] !== undefined) c.s3Prefix = values['s3-prefix']
  if (values.sandbox) c.sandbox = true
  if (values['allow-send-email']) c.allowSendEmail = true

  const config = c as unknown as Config
  const issue = validateConfig(config)[0]
  if (issue) {
    // Say where the bad value came from: the option itself, or the file or link it started from.
    const option = optionOf(issue.field)
    const fromOption = values[option.slice(2) as keyof Values] !== undefined
    const source = values.config ? '--config' : '--link'
    const where = fromOption ? option : `${issue.field} (from ${source})`
    throw new UsageError(`${where} "${issue.value}": ${issue.message}`)
  }
  return { ...base, config }
}

const FIELD_OPTIONS: Partial<Record<keyof Config, string>> = {
  identities: '--identity',
  regions: '--region',
  fromAddresses: '--from',
  configurationSets: '--configuration-set',
  templates: '--template',
  snsTopics: '--sns-topic',
  recipients: '--recipient',
  account: '--account',
  s3Bucket: '--s3-bucket',
  s3Prefix: '--s3-prefix',
  features: '--feature',
}

function optionOf(field: keyof Config): string {
  return FIELD_OPTIONS[field] ?? field
}
