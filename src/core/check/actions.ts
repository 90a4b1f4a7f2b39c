/**
 * What an action string in a policy stands for, read from AWS's reference data: which service,
 * which real actions it matches, and which condition keys those actions supply. Results are
 * cached per distinct string, so a long policy repeating the same actions costs one lookup each.
 */
import { globToRegExp } from '../iam/glob'
import {
  getAction,
  getConditionKey,
  hasServiceDetail,
  listActions,
  serviceExists,
  type ActionInfo,
  type ConditionKeyInfo,
} from '../iam/reference'

export type ResolvedAction =
  | { readonly kind: 'all' }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'unknown-service'; readonly service: string }
  /** A real service whose actions we do not hold one by one. */
  | { readonly kind: 'opaque'; readonly service: string }
  | {
      readonly kind: 'detailed'
      readonly service: string
      readonly wildcard: boolean
      /** Matched actions; empty for an unknown name or a pattern that matches nothing. */
      readonly actions: readonly ActionInfo[]
    }

const resolved = new Map<string, ResolvedAction>()
/** Caches are per distinct string; cleared when a long editing session has filled them. */
const MAX_CACHED = 20_000

/** Resolves `ses:SendRawEmail`, `ses:Send*` or `*` against the reference data. */
export function resolveAction(value: string): ResolvedAction {
  const cached = resolved.get(value)
  if (cached) return cached
  const result = resolveUncached(value)
  if (resolved.size > MAX_CACHED) resolved.clear()
  resolved.set(value, result)
  return result
}

function resolveUncached(value: string): ResolvedAction {
  if (value === '*') return { kind: 'all' }
  const colon = value.indexOf(':')
  if (colon <= 0) return { kind: 'malformed' }
  const service = value.slice(0, colon).toLowerCase()
  const name = value.slice(colon + 1)
  if (!serviceExists(service)) return { kind: 'unknown-service', service }
  if (!hasServiceDetail(service)) return { kind: 'opaque', service }
  const wildcard = /[*?]/.test(name)
  if (!wildcard) {
    const action = getAction(service, name)
    return { kind: 'detailed', service, wildcard, actions: action ? [action] : [] }
  }
  const pattern = globToRegExp(name, true)
  const actions = listActions(service).filter((action) => pattern.test(action.name))
  return { kind: 'detailed', service, wildcard, actions }
}

const SERVICE_ALIASES: Readonly<Record<string, string>> = {
  sesv2: 'ses',
  'ses-v2': 'ses',
  sesv1: 'ses',
  email: 'ses',
  amazonses: 'ses',
  sns2: 'sns',
  s3v2: 's3',
}

/** The real prefix a mistaken one most likely meant (sesv2 -> ses), if there is one. */
export function suggestService(service: string): string | undefined {
  const lower = service.toLowerCase()
  const alias = SERVICE_ALIASES[lower]
  if (alias) return alias
  const close = ['ses', 'sns', 's3', 'kms'].find((known) => editDistance(lower, known) === 1)
  return close
}

const closest = new Map<string, string | undefined>()

/** The action name of the service closest to a misspelt one, e.g. SendRawEmails -> SendRawEmail. */
export function suggestAction(service: string, name: string): string | undefined {
  const cacheKey = `${service}:${name.toLowerCase()}`
  if (closest.has(cacheKey)) return closest.get(cacheKey)
  let best: string | undefined
  let bestDistance = Math.max(2, Math.floor(name.length / 4)) + 1
  for (const action of listActions(service)) {
    const distance = editDistance(name.toLowerCase(), action.name.toLowerCase())
    if (distance < bestDistance) {
      best = action.name
      bestDistance = distance
    }
  }
  if (closest.size > MAX_CACHED) closest.clear()
  closest.set(cacheKey, best)
  return best
}

/** Levenshtein distance, in one row of memory. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, diagonal + cost)
      diagonal = above
    }
  }
  return row[b.length] ?? 0
}

interface KeyIndex {
  readonly exact: ReadonlySet<string>
  /** Lower-cased prefixes of templated keys such as `aws:resourcetag/`. */
  readonly prefixes: readonly string[]
}

const supplied = new WeakMap<ActionInfo, KeyIndex>()

/**
 * True when the action supplies the condition key in its request context. Keys listed on the
 * action's resource types count too; templated keys (`aws:ResourceTag/${TagKey}`) match by prefix.
 */
export function actionSuppliesKey(action: ActionInfo, key: string): boolean {
  let index = supplied.get(action)
  if (!index) {
    const resourceKeys = action.resourceTypes.flatMap((type) => resourceTypeKeys(type))
    index = indexKeys([...action.conditionKeys, ...resourceKeys])
    supplied.set(action, index)
  }
  return keyInIndex(index, key)
}

function resourceTypeKeys(type: object): readonly string[] {
  const keys = (type as { conditionKeys?: unknown }).conditionKeys
  return Array.isArray(keys) ? keys.filter((k): k is string => typeof k === 'string') : []
}

function indexKeys(keys: readonly string[]): KeyIndex {
  const exact = new Set<string>()
  const prefixes: string[] = []
  for (const key of keys) {
    const lower = key.toLowerCase()
    const template = lower.search(/\$\{|</)
    if (template < 0) exact.add(lower)
    else prefixes.push(lower.slice(0, template))
  }
  return { exact, prefixes }
}

function keyInIndex(index: KeyIndex, key: string): boolean {
  const lower = key.toLowerCase()
  return index.exact.has(lower) || index.prefixes.some((prefix) => lower.startsWith(prefix))
}

const serviceTemplates = new Map<string, Map<string, string>>()

/**
 * The reference entry of a service condition key, found also for templated keys such as
 * `s3:ExistingObjectTag/team`. Undefined when the service defines no such key.
 */
export function lookupConditionKey(service: string, key: string): ConditionKeyInfo | undefined {
  const direct = getConditionKey(service, key)
  if (direct) return direct
  let templates = serviceTemplates.get(service)
  if (!templates) {
    const all = listActions(service).flatMap((a) => [
      ...a.conditionKeys,
      ...a.resourceTypes.flatMap(resourceTypeKeys),
    ])
    templates = new Map<string, string>()
    for (const name of all) {
      const at = name.toLowerCase().search(/\$\{|</)
      if (at >= 0) templates.set(name.toLowerCase().slice(0, at), name)
    }
    serviceTemplates.set(service, templates)
  }
  const lower = key.toLowerCase()
  for (const [prefix, name] of templates) {
    if (lower.startsWith(prefix) && lower.length > prefix.length)
      return getConditionKey(service, name)
  }
  return undefined
}
