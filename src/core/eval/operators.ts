/**
 * The condition operators of IAM, without their `ForAllValues:`/`ForAnyValue:` qualifiers and
 * `IfExists` suffix. Each operator prepares a policy value once into a test of one request
 * value; negated operators (StringNotEquals and kin) prepare the positive test and say so.
 */
import { compileArnMatcher, compileGlob, Pattern } from './match'
import { hasVariables, parseTemplate, resolveTemplate, tokensToText } from './template'
import type { ContextLookup } from './types'
import { ipInRange, parseDate, parseIpRange, parseNumber } from './values'

/** Whether one request value matches one policy value; undefined when it cannot be decided. */
export type ValueTest = (requestValue: string, lookup: ContextLookup) => boolean | undefined

export interface BaseOperator {
  /** True for operators that require the request value to match none of the policy values. */
  readonly negated: boolean
  /** Prepares one policy value, once; `variables` tells whether `${...}` is a policy variable. */
  readonly prepare: (policyValue: string, variables: boolean) => ValueTest
}

const undecided: ValueTest = () => undefined

function stringEquals(ignoreCase: boolean): BaseOperator['prepare'] {
  const fold = ignoreCase ? (text: string) => text.toLowerCase() : (text: string) => text
  return (policyValue, variables) => {
    const pieces = parseTemplate(policyValue, { wildcards: false, variables })
    if (!hasVariables(pieces)) {
      const expected = fold(tokensToText(resolveTemplate(pieces, () => undefined) ?? []))
      return (requestValue) => fold(requestValue) === expected
    }
    return (requestValue, lookup) => {
      const tokens = resolveTemplate(pieces, lookup)
      return tokens === undefined ? undefined : fold(tokensToText(tokens)) === fold(requestValue)
    }
  }
}

const stringLike: BaseOperator['prepare'] = (policyValue, variables) => {
  const pieces = parseTemplate(policyValue, { wildcards: true, variables })
  const pattern = new Pattern(pieces, (tokens) => compileGlob(tokens, false))
  return (requestValue, lookup) => pattern.test(requestValue, lookup)
}

const arnLike: BaseOperator['prepare'] = (policyValue, variables) => {
  const pieces = parseTemplate(policyValue, { wildcards: true, variables })
  const pattern = new Pattern(pieces, compileArnMatcher)
  return (requestValue, lookup) => pattern.test(requestValue, lookup)
}

function typed<T>(
  parse: (text: string) => T | undefined,
  compare: (request: T, policy: T) => boolean,
): BaseOperator['prepare'] {
  return (policyValue) => {
    const policy = parse(policyValue)
    if (policy === undefined) return undecided
    return (requestValue) => {
      const request = parse(requestValue)
      return request === undefined ? undefined : compare(request, policy)
    }
  }
}

const bool: BaseOperator['prepare'] = (policyValue) => {
  const expected = policyValue.toLowerCase()
  return (requestValue) => requestValue.toLowerCase() === expected
}

const binaryEquals: BaseOperator['prepare'] = (policyValue) => (requestValue) =>
  requestValue === policyValue

const ipAddress: BaseOperator['prepare'] = (policyValue) => {
  const range = parseIpRange(policyValue)
  return range === undefined ? undecided : (requestValue) => ipInRange(requestValue, range)
}

type Comparison = (a: number, b: number) => boolean
const comparisons: Record<string, Comparison> = {
  Equals: (a, b) => a === b,
  LessThan: (a, b) => a < b,
  LessThanEquals: (a, b) => a <= b,
  GreaterThan: (a, b) => a > b,
  GreaterThanEquals: (a, b) => a >= b,
}

function positive(prepare: BaseOperator['prepare']): BaseOperator {
  return { negated: false, prepare }
}

function negated(prepare: BaseOperator['prepare']): BaseOperator {
  return { negated: true, prepare }
}

function numericFamily(
  family: 'Numeric' | 'Date',
  parse: (text: string) => number | undefined,
): [string, BaseOperator][] {
  const entries = Object.entries(comparisons).map(([suffix, compare]): [string, BaseOperator] => [
    `${family}${suffix}`,
    positive(typed(parse, compare)),
  ])
  const notEquals: [string, BaseOperator] = [
    `${family}NotEquals`,
    negated(typed(parse, (a, b) => a === b)),
  ]
  return [...entries, notEquals]
}

/** Every operator IAM documents except Null, by lower-cased name (names are matched so). */
export const BASE_OPERATORS: ReadonlyMap<string, BaseOperator> = new Map(
  (
    [
      ['StringEquals', positive(stringEquals(false))],
      ['StringNotEquals', negated(stringEquals(false))],
      ['StringEqualsIgnoreCase', positive(stringEquals(true))],
      ['StringNotEqualsIgnoreCase', negated(stringEquals(true))],
      ['StringLike', positive(stringLike)],
      ['StringNotLike', negated(stringLike)],
      ...numericFamily('Numeric', parseNumber),
      ...numericFamily('Date', parseDate),
      ['Bool', positive(bool)],
      ['BinaryEquals', positive(binaryEquals)],
      ['IpAddress', positive(ipAddress)],
      ['NotIpAddress', negated(ipAddress)],
      ['ArnEquals', positive(arnLike)],
      ['ArnLike', positive(arnLike)],
      ['ArnNotEquals', negated(arnLike)],
      ['ArnNotLike', negated(arnLike)],
    ] satisfies [string, BaseOperator][]
  ).map(([name, operator]) => [name.toLowerCase(), operator]),
)
