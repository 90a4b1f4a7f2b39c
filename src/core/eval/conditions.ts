/**
 * The Condition element: operators parsed once into tests, then evaluated per request with
 * IAM's rules for absent keys, `...IfExists`, the `ForAllValues:`/`ForAnyValue:` qualifiers
 * and negated operators.
 */
import type { BaseOperator, ValueTest } from './operators'
import { BASE_OPERATORS } from './operators'
import type { ConditionFailure, ConditionFailureReason, ContextLookup } from './types'

type SetQualifier = 'ForAllValues' | 'ForAnyValue' | undefined

interface ParsedOperator {
  readonly qualifier: SetQualifier
  readonly ifExists: boolean
  /** 'null' is the Null operator, which tests presence rather than values. */
  readonly base: BaseOperator | 'null'
}

/** One key under one operator, ready to evaluate against requests. */
export interface CompiledCondition {
  readonly path: string
  readonly operator: string
  readonly key: string
  /** Undefined when the key's test passes, or why it failed. */
  readonly evaluate: (lookup: ContextLookup) => ConditionFailureReason | undefined
}

/** Reads `ForAnyValue:StringLikeIfExists` and the like; undefined for an unknown operator. */
export function parseOperator(text: string): ParsedOperator | undefined {
  const match = /^(?:(ForAllValues|ForAnyValue):)?(.+?)(IfExists)?$/i.exec(text)
  const name = match?.[2]?.toLowerCase()
  if (match === null || name === undefined) return undefined
  const prefix = match[1]?.toLowerCase()
  const qualifier: SetQualifier =
    prefix === undefined ? undefined : prefix === 'forallvalues' ? 'ForAllValues' : 'ForAnyValue'
  const ifExists = match[3] !== undefined

  if (name === 'null') {
    // Null is itself a presence test; it takes neither a qualifier nor IfExists.
    return qualifier === undefined && !ifExists ? { qualifier, ifExists, base: 'null' } : undefined
  }
  const base = BASE_OPERATORS.get(name)
  return base === undefined ? undefined : { qualifier, ifExists, base }
}

/**
 * Compiles a statement's Condition element. `variables` tells whether policy variables apply
 * (Version 2012-10-17). A Condition that is not an object, or an operator whose keys are not an
 * object, cannot be honoured: it yields a test that always fails as unsupported.
 */
export function compileConditions(
  condition: unknown,
  statementPath: string,
  variables: boolean,
): readonly CompiledCondition[] {
  const path = `${statementPath}.Condition`
  if (condition === undefined) return []
  if (!isRecord(condition)) return [unsupported(path, '', '')]

  return Object.entries(condition).flatMap(([operator, keys]) => {
    const operatorPath = `${path}.${operator}`
    const parsed = parseOperator(operator)
    if (!isRecord(keys)) return [unsupported(operatorPath, operator, '')]
    return Object.entries(keys).map(([key, values]) => {
      const keyPath = `${operatorPath}.${key}`
      if (parsed === undefined) return unsupported(keyPath, operator, key)
      const evaluate = compileKeyTest(parsed, key.toLowerCase(), toStrings(values), variables)
      return { path: keyPath, operator, key, evaluate }
    })
  })
}

/** Tests every compiled condition; the statement's conditions hold when none fails. */
export function evaluateConditions(
  conditions: readonly CompiledCondition[],
  lookup: ContextLookup,
): ConditionFailure[] {
  const failures: ConditionFailure[] = []
  for (const condition of conditions) {
    const reason = condition.evaluate(lookup)
    if (reason !== undefined) {
      failures.push({
        path: condition.path,
        operator: condition.operator,
        key: condition.key,
        reason,
      })
    }
  }
  return failures
}

/** True when every condition holds; stops at the first that fails. */
export function conditionsHold(
  conditions: readonly CompiledCondition[],
  lookup: ContextLookup,
): boolean {
  for (const condition of conditions) if (condition.evaluate(lookup) !== undefined) return false
  return true
}

function unsupported(path: string, operator: string, key: string): CompiledCondition {
  return { path, operator, key, evaluate: () => 'unsupported-operator' }
}

function compileKeyTest(
  operator: ParsedOperator,
  key: string,
  policyValues: readonly (string | undefined)[],
  variables: boolean,
): CompiledCondition['evaluate'] {
  if (operator.base === 'null') return nullTest(key, policyValues)
  const base = operator.base
  const tests = policyValues.map((value) =>
    value === undefined ? undecidedTest : base.prepare(value, variables),
  )
  const matchesOne = (requestValue: string, lookup: ContextLookup): boolean =>
    valueMatches(base.negated, tests, requestValue, lookup)

  return (lookup) => {
    const requestValues = presentValues(lookup(key))
    if (requestValues === undefined) return absentKeyOutcome(operator, base.negated)
    const { values, multivalued } = requestValues
    if (operator.qualifier === 'ForAllValues') {
      return values.every((value) => matchesOne(value, lookup)) ? undefined : 'value-mismatch'
    }
    if (operator.qualifier === 'ForAnyValue') {
      return values.some((value) => matchesOne(value, lookup)) ? undefined : 'value-mismatch'
    }
    // A multivalued key needs a set qualifier; without one the test does not match.
    if (multivalued) return 'value-mismatch'
    return matchesOne(values[0] ?? '', lookup) ? undefined : 'value-mismatch'
  }
}

const undecidedTest: ValueTest = () => undefined

/**
 * Several policy values are ORed for a positive operator. A negated operator holds only when
 * the request value matches none of them; a value that cannot be decided (a malformed number,
 * an unresolvable variable) fails the test either way, so nothing is granted by accident.
 */
function valueMatches(
  negated: boolean,
  tests: readonly ValueTest[],
  requestValue: string,
  lookup: ContextLookup,
): boolean {
  if (!negated) return tests.some((test) => test(requestValue, lookup) === true)
  return tests.every((test) => test(requestValue, lookup) === false)
}

/**
 * An absent key: `ForAllValues:` holds (no value contradicts it), as do `IfExists` and bare
 * negated operators; positive operators fail. `ForAnyValue:` fails even with `IfExists`: it
 * needs one matching value, and AWS was seen to deny `ForAnyValue:StringEqualsIfExists` on a
 * request without the key (an sqs:ListQueues report on AWS re:Post).
 */
function absentKeyOutcome(
  operator: ParsedOperator,
  negated: boolean,
): ConditionFailureReason | undefined {
  if (operator.qualifier === 'ForAnyValue') return 'key-absent'
  if (operator.ifExists || operator.qualifier === 'ForAllValues') return undefined
  if (operator.qualifier === undefined && negated) return undefined
  return 'key-absent'
}

/** `Null: true` holds when the key is absent, `Null: false` when it is present; values ORed. */
function nullTest(
  key: string,
  policyValues: readonly (string | undefined)[],
): CompiledCondition['evaluate'] {
  const expectations = policyValues.map((value) => value?.toLowerCase())
  return (lookup) => {
    const absent = presentValues(lookup(key)) === undefined
    const holds = expectations.some((expected) => expected === (absent ? 'true' : 'false'))
    if (holds) return undefined
    return absent ? 'key-absent' : 'value-mismatch'
  }
}

/** The request's values for a key; undefined when absent (an empty list counts as absent). */
function presentValues(
  found: string | readonly string[] | undefined,
): { values: readonly string[]; multivalued: boolean } | undefined {
  if (found === undefined) return undefined
  if (typeof found === 'string') return { values: [found], multivalued: false }
  return found.length === 0 ? undefined : { values: found, multivalued: true }
}

/** Condition values as strings: numbers and booleans are written bare in many policies. */
function toStrings(values: unknown): readonly (string | undefined)[] {
  const list = Array.isArray(values) ? values : [values]
  return list.map((value) =>
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : undefined,
  )
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
