/**
 * Glob and ARN matching as IAM does it: `*` is any run of characters, `?` is one character, and
 * an ARN is compared segment by segment so that a wildcard in the region cannot eat the account.
 */
import type { GlobToken, TemplatePiece } from './template'
import { hasVariables, resolveTemplate } from './template'
import type { ContextLookup } from './types'

/** Anything that answers whether a string matches. */
export interface Matcher {
  test(value: string): boolean
}

/** Compiles glob tokens into a matcher of whole strings. */
export function compileGlob(tokens: readonly GlobToken[], ignoreCase: boolean): Matcher {
  if (!ignoreCase) return { test: (value) => globMatches(tokens, value) }
  const folded = tokens.map((token) =>
    token.kind === 'text' ? { kind: 'text' as const, text: token.text.toLowerCase() } : token,
  )
  return { test: (value) => globMatches(folded, value.toLowerCase()) }
}

/**
 * Matches a whole string against glob tokens without building a regular expression, so that
 * patterns holding policy variables stay cheap to match per request. On a mismatch it lets the
 * most recent `*` take one more character and retries; the earlier stars never need to move.
 */
function globMatches(tokens: readonly GlobToken[], value: string): boolean {
  let token = 0
  let position = 0
  let starToken = -1
  let starPosition = 0
  while (position < value.length || token < tokens.length) {
    const current = tokens[token]
    if (current?.kind === 'star') {
      starToken = token
      starPosition = position
      token += 1
      continue
    }
    if (current?.kind === 'one' && position < value.length) {
      token += 1
      position += 1
      continue
    }
    if (current?.kind === 'text' && value.startsWith(current.text, position)) {
      token += 1
      position += current.text.length
      continue
    }
    if (starToken < 0 || starPosition >= value.length) return false
    starPosition += 1
    position = starPosition
    token = starToken + 1
  }
  return true
}

/** ARN segments: arn, partition, service, region, account, then the rest (colons and all). */
const ARN_SEGMENTS = 6

// One request's resource is tested against every pattern of every statement, so remembering
// the last split saves most of the work of evaluating a large policy.
let lastArn: string | undefined
let lastParts: readonly string[] | undefined

/** Splits an ARN into its six segments; undefined when the string is not an ARN. */
export function splitArn(value: string): readonly string[] | undefined {
  if (value === lastArn) return lastParts
  const parts = value.split(':')
  lastArn = value
  lastParts =
    parts.length < ARN_SEGMENTS || parts[0] !== 'arn'
      ? undefined
      : [...parts.slice(0, ARN_SEGMENTS - 1), parts.slice(ARN_SEGMENTS - 1).join(':')]
  return lastParts
}

/**
 * Compiles a resolved pattern for ARNs. `*` alone matches everything. A pattern with fewer than
 * six segments whose last segment ends in `*` lets that wildcard run across the remaining
 * colons, as IAM documents; otherwise segment counts must agree. Strings that are not ARNs on
 * either side fall back to a whole-string glob.
 */
export function compileArnMatcher(tokens: readonly GlobToken[]): Matcher {
  const whole = compileGlob(tokens, false)
  const segments = splitTokens(tokens)
  const first = segments[0]
  const isArnPattern = first?.length === 1 && first[0]?.kind === 'text' && first[0].text === 'arn'
  if (!isArnPattern) return { test: (value) => whole.test(value) }

  const last = segments.at(-1) ?? []
  const spansRest = segments.length < ARN_SEGMENTS && last.at(-1)?.kind === 'star'
  const fixed = segments.length >= ARN_SEGMENTS ? mergeRest(segments) : segments
  const expressions = fixed.map((segment) => compileGlob(segment, false))

  return {
    test(value) {
      const parts = splitArn(value)
      if (parts === undefined) return whole.test(value)
      if (expressions.length === ARN_SEGMENTS) {
        return expressions.every((expression, i) => expression.test(parts[i] ?? ''))
      }
      if (!spansRest) return false
      const lastIndex = expressions.length - 1
      const rest = parts.slice(lastIndex).join(':')
      return expressions.every((expression, i) =>
        expression.test(i === lastIndex ? rest : (parts[i] ?? '')),
      )
    },
  }
}

/** Splits tokens at every colon found in their text. */
function splitTokens(tokens: readonly GlobToken[]): GlobToken[][] {
  const segments: GlobToken[][] = [[]]
  for (const token of tokens) {
    if (token.kind !== 'text') {
      segments.at(-1)?.push(token)
      continue
    }
    token.text.split(':').forEach((text, i) => {
      if (i > 0) segments.push([])
      if (text !== '') segments.at(-1)?.push({ kind: 'text', text })
    })
  }
  return segments
}

/** Joins segments six and beyond back into one resource segment, colons included. */
function mergeRest(segments: readonly GlobToken[][]): GlobToken[][] {
  const head = segments.slice(0, ARN_SEGMENTS - 1)
  const rest: GlobToken[] = []
  segments.slice(ARN_SEGMENTS - 1).forEach((segment, i) => {
    if (i > 0) rest.push({ kind: 'text', text: ':' })
    rest.push(...segment)
  })
  return [...head, rest]
}

const noContext: ContextLookup = () => undefined

/**
 * A pattern compiled once. One without variables is compiled at once; one with variables is
 * filled in and compiled per request, which is cheap since no regular expression is built.
 */
export class Pattern {
  private readonly fixed: Matcher | undefined

  constructor(
    private readonly pieces: readonly TemplatePiece[],
    private readonly compile: (tokens: readonly GlobToken[]) => Matcher,
  ) {
    this.fixed = hasVariables(pieces)
      ? undefined
      : compile(resolveTemplate(pieces, noContext) ?? [])
  }

  /** True or false, or undefined when a variable in the pattern cannot be resolved. */
  test(value: string, lookup: ContextLookup): boolean | undefined {
    if (this.fixed !== undefined) return this.fixed.test(value)
    const tokens = resolveTemplate(this.pieces, lookup)
    return tokens === undefined ? undefined : this.compile(tokens).test(value)
  }
}
