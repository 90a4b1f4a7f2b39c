/**
 * Reading ARNs in Resource elements: their six segments with offsets, the placeholders people
 * copy from examples, and which of a service's resource types an ARN (possibly with wildcards)
 * can match. Matching is by the ARN templates in AWS's reference data.
 */
import { listResourceTypes } from '../iam/reference'

export interface ArnSegment {
  readonly value: string
  /** Offset of the segment within the ARN string. */
  readonly start: number
}

export interface ParsedArn {
  readonly partition: ArnSegment
  readonly service: ArnSegment
  readonly region: ArnSegment
  readonly account: ArnSegment
  readonly resource: ArnSegment
}

/**
 * Splits an ARN into its segments; undefined when it is not `arn:` and five more parts. Colons
 * inside a policy variable such as `${aws:username}` do not split.
 */
export function parseArn(value: string): ParsedArn | undefined {
  if (!value.startsWith('arn:')) return undefined
  const starts = [0]
  let depth = 0
  for (let i = 0; i < value.length && starts.length < 6; i++) {
    if (value.startsWith('${', i)) depth++
    else if (value[i] === '}' && depth > 0) depth--
    else if (value[i] === ':' && depth === 0) starts.push(i + 1)
  }
  if (starts.length < 6) return undefined
  const segment = (index: number): ArnSegment => {
    const start = starts[index] ?? 0
    const end = index + 1 < starts.length ? (starts[index + 1] ?? 0) - 1 : value.length
    return { value: value.slice(start, end), start }
  }
  return {
    partition: segment(1),
    service: segment(2),
    region: segment(3),
    account: segment(4),
    resource: segment(5),
  }
}

const PARTITIONS = new Set([
  'aws',
  'aws-cn',
  'aws-us-gov',
  'aws-iso',
  'aws-iso-b',
  'aws-iso-e',
  'aws-iso-f',
  'aws-eusc',
])
const REGION = /^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/
const ACCOUNT = /^\d{12}$/
/** Account IDs AWS documentation uses in examples; no real account has them in a policy. */
const EXAMPLE_ACCOUNTS = new Set([
  '123456789012',
  '111122223333',
  '444455556666',
  '777788889999',
  '000000000000',
])
const POLICY_VARIABLE = /^\$\{[\w-]+:[^}]+\}$/
/** Whole-segment placeholders: `<region>`, `${Region}`, `REGION`, `ACCOUNT_ID`, `xxxx`. */
const PLACEHOLDER_SEGMENT = new RegExp(
  [
    '^(<.*>|\\{.*\\}|\\[.*\\]|\\$\\{[^:}]*\\}',
    '(aws[-_]?)?(region|account|account[-_]?(id|number)|acct)',
    '(your|my)[-_]?\\w*|x{3,}|partition)$',
  ].join('|'),
  'i',
)
/** Placeholders inside a resource name: `<name>`, `${IdentityName}`, `your-domain.com`. */
const PLACEHOLDER_IN_RESOURCE =
  /<[^>]*>|\$\{(?![*?$]\})(?![\w-]+:)[^}]*\}|\byour[-_]?[a-z0-9]+[\w.-]*/gi

/** `example`: an account ID AWS's documentation uses, which may yet be copied from an example. */
export type SegmentProblem = 'placeholder' | 'example' | 'invalid' | undefined

const hasWildcard = (value: string) => /[*?]/.test(value)

/** Whether the partition segment is usable, a placeholder or invalid. */
export function partitionProblem(value: string): SegmentProblem {
  if (PARTITIONS.has(value) || hasWildcard(value) || POLICY_VARIABLE.test(value)) return undefined
  return PLACEHOLDER_SEGMENT.test(value) ? 'placeholder' : 'invalid'
}

/** Whether the region segment is usable; empty is allowed (S3 and IAM ARNs have none). */
export function regionProblem(value: string): SegmentProblem {
  if (value === '' || REGION.test(value) || hasWildcard(value) || POLICY_VARIABLE.test(value))
    return undefined
  return PLACEHOLDER_SEGMENT.test(value) ? 'placeholder' : 'invalid'
}

/** Whether the account segment is usable: 12 digits, a wildcard, a policy variable or empty. */
export function accountProblem(value: string): SegmentProblem {
  if (EXAMPLE_ACCOUNTS.has(value)) return 'example'
  if (value === '' || ACCOUNT.test(value) || POLICY_VARIABLE.test(value)) return undefined
  if (hasWildcard(value) && /^[\d*?]+$/.test(value)) return undefined
  return PLACEHOLDER_SEGMENT.test(value) || /^[a-z_-]+$/i.test(value) ? 'placeholder' : 'invalid'
}

/** Placeholders found inside the resource segment, with their offsets in that segment. */
export function resourcePlaceholders(value: string): { text: string; start: number }[] {
  return [...value.matchAll(PLACEHOLDER_IN_RESOURCE)].map((m) => ({ text: m[0], start: m.index }))
}

/* ---- Resource types ---------------------------------------------------------------------- */

type CharClass = { readonly char: string } | 'any' | 'name'

interface Token {
  readonly cls: CharClass
  /** Zero or more of the class, rather than exactly one. */
  readonly many: boolean
}

/** Variables in AWS's templates whose values may contain '/', e.g. S3 object keys. */
const PATH_VARIABLES = /ObjectName|Path|KeyName/i

function templateTokens(template: string): Token[] {
  const tokens: Token[] = []
  for (let i = 0; i < template.length; i++) {
    if (template.startsWith('${', i)) {
      const end = template.indexOf('}', i)
      const cls: CharClass = PATH_VARIABLES.test(template.slice(i, end)) ? 'any' : 'name'
      tokens.push({ cls, many: false }, { cls, many: true })
      i = end
    } else {
      tokens.push({ cls: { char: template[i] ?? '' }, many: false })
    }
  }
  return tokens
}

function globTokens(glob: string): Token[] {
  const tokens: Token[] = []
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i] ?? ''
    if (glob.startsWith('${', i) && glob.indexOf('}', i) > 0) {
      tokens.push({ cls: 'any', many: true })
      i = glob.indexOf('}', i)
    } else if (ch === '*') tokens.push({ cls: 'any', many: true })
    else if (ch === '?') tokens.push({ cls: 'any', many: false })
    else tokens.push({ cls: { char: ch }, many: false })
  }
  return tokens
}

function classesMeet(a: CharClass, b: CharClass): boolean {
  if (a === 'any' || b === 'any') return true
  if (a === 'name' && b === 'name') return true
  if (a === 'name' || b === 'name') {
    const other = (a === 'name' ? b : a) as { char: string }
    return other.char !== '/' && other.char !== ':'
  }
  return a.char === b.char
}

/** True when some string matches both token lists: a walk over pairs of positions. */
function intersects(a: readonly Token[], b: readonly Token[]): boolean {
  const width = b.length + 1
  const seen = new Uint8Array((a.length + 1) * width)
  const stack = [0]
  seen[0] = 1
  const visit = (i: number, j: number) => {
    const state = i * width + j
    if (!seen[state]) {
      seen[state] = 1
      stack.push(state)
    }
  }
  for (let state = stack.pop(); state !== undefined; state = stack.pop()) {
    const i = Math.floor(state / width)
    const j = state % width
    if (i === a.length && j === b.length) return true
    const x = a[i]
    const y = b[j]
    if (x?.many) visit(i + 1, j)
    if (y?.many) visit(i, j + 1)
    if (x && y && classesMeet(x.cls, y.cls)) visit(x.many ? i : i + 1, y.many ? j : j + 1)
  }
  return false
}

interface TypeTemplate {
  readonly key: string
  /** Tokens of partition, service, region, account and resource, matched segment by segment. */
  readonly segments: readonly (readonly Token[])[]
  /** The resource segment's text before its first variable, e.g. `identity/`. */
  readonly resourcePrefix: string
}

const templates = new Map<string, TypeTemplate[]>()
const matches = new Map<string, readonly string[]>()
const MAX_CACHED = 20_000

function segmentsOf(arn: ParsedArn): string[] {
  return [arn.partition, arn.service, arn.region, arn.account, arn.resource].map((s) => s.value)
}

function literalPrefix(value: string): string {
  const end = value.search(/[*?]|\$\{/)
  return end < 0 ? value : value.slice(0, end)
}

function typeTemplates(service: string): TypeTemplate[] {
  let types = templates.get(service)
  if (!types) {
    types = []
    for (const type of listResourceTypes(service)) {
      const parsed = parseArn(type.arn)
      if (!parsed) continue
      const segments = segmentsOf(parsed)
      const resourcePrefix = literalPrefix(parsed.resource.value)
      types.push({ key: type.key, segments: segments.map(templateTokens), resourcePrefix })
    }
    templates.set(service, types)
  }
  return types
}

/**
 * The resource types of a detailed service that an ARN (possibly a wildcard pattern) can
 * match, e.g. `identity` for `arn:aws:ses:us-east-1:111122223333:identity/example.com`.
 * Segments are compared one by one, and templates whose literal start differs are skipped
 * before the full comparison, which keeps long policies fast.
 */
export function matchingResourceTypes(service: string, arn: string): readonly string[] {
  const cacheKey = `${service} ${arn}`
  const cached = matches.get(cacheKey)
  if (cached) return cached
  const parsed = parseArn(arn)
  const result: string[] = []
  if (parsed) {
    const segments = segmentsOf(parsed)
    const tokens: (Token[] | undefined)[] = []
    const prefix = literalPrefix(parsed.resource.value)
    for (const type of typeTemplates(service)) {
      const shorter = Math.min(prefix.length, type.resourcePrefix.length)
      if (prefix.slice(0, shorter) !== type.resourcePrefix.slice(0, shorter)) continue
      const fits = type.segments.every((templateSegment, index) => {
        const own = (tokens[index] ??= globTokens(segments[index] ?? ''))
        return intersects(own, templateSegment)
      })
      if (fits) result.push(type.key)
    }
  }
  if (matches.size > MAX_CACHED) matches.clear()
  matches.set(cacheKey, result)
  return result
}
