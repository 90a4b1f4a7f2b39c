/**
 * Inputs the configuration leaves out, read from the pasted policy instead. Someone checking a
 * policy often states the sender and features but not the account or region; comparing against
 * `*` would then report every properly scoped grant as missing. The policy's own ARNs say which
 * account, regions, identities and templates it is about, and the checker says it assumed them.
 */
import type { StatementModel } from '../check/model'
import { partitionOfRegion } from '../config/regions'
import type { Config } from '../config/types'
import { isIdentity } from '../config/validate'

export interface Assumptions {
  readonly account?: string
  readonly regions?: readonly string[]
  readonly identities?: readonly string[]
  readonly templates?: readonly string[]
}

const SES_ARN = /^arn:([\w-]+):ses:([\w-]*):(\d{12}|\*?):(identity|template)\/(.+)$/
const SES_NAME = /^[A-Za-z0-9_-]{1,64}$/

interface Seen {
  accounts: Map<string, number>
  regions: Set<string>
  identities: Set<string>
  templates: Set<string>
}

/** The configuration with its missing inputs filled from the policy, and what was filled. */
export function inferFromPolicy(
  statements: readonly StatementModel[],
  config: Config,
): { config: Config; assumed: Assumptions } {
  const seen = collect(statements, config)
  const assumed: { -readonly [K in keyof Assumptions]: Assumptions[K] } = {}

  const account = mostFrequent(seen.accounts)
  if (!config.account && account) assumed.account = account
  if (config.regions.length === 0 && seen.regions.size) assumed.regions = [...seen.regions].sort()
  if (config.identities.length === 0 && usable(seen.identities)) {
    assumed.identities = [...seen.identities].sort()
  }
  const templated = config.features.includes('templates')
  if (templated && config.templates.length === 0 && usable(seen.templates)) {
    assumed.templates = [...seen.templates].sort()
  }
  return { config: { ...config, ...assumed }, assumed }
}

function collect(statements: readonly StatementModel[], config: Config): Seen {
  const seen: Seen = {
    accounts: new Map(),
    regions: new Set(),
    identities: new Set(),
    templates: new Set(),
  }
  for (const statement of statements) {
    if (statement.effect !== 'Allow' || statement.resourceElement !== 'Resource') continue
    for (const { value } of statement.resources) {
      const match = SES_ARN.exec(value)
      if (!match || match[1] !== config.partition) continue
      const [, , region = '', account = '', type, name = ''] = match
      if (/^\d{12}$/.test(account))
        seen.accounts.set(account, (seen.accounts.get(account) ?? 0) + 1)
      if (partitionOfRegion(region) === config.partition) seen.regions.add(region)
      if (/[*?$]/.test(name)) continue
      if (type === 'identity' && isIdentity(name) && !/^your[-_]/i.test(name))
        seen.identities.add(name)
      if (type === 'template' && SES_NAME.test(name)) seen.templates.add(name)
    }
  }
  return seen
}

/**
 * Each inferred name adds requests to evaluate against every statement; a policy naming more
 * than this many identities is not one app's, so nothing is assumed and the user is asked.
 */
const MAX_INFERRED_NAMES = 50

const usable = (names: ReadonlySet<string>) => names.size > 0 && names.size <= MAX_INFERRED_NAMES

function mostFrequent(counts: ReadonlyMap<string, number>): string | undefined {
  let best: string | undefined
  let bestCount = 0
  for (const [value, count] of counts) {
    if (count > bestCount) [best, bestCount] = [value, count]
  }
  return best
}
