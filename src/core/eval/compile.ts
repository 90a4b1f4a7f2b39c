/**
 * Turns a parsed policy document into statements whose patterns are compiled once. The input
 * is whatever the user pasted, so nothing here throws: a statement that cannot be read simply
 * never applies, and the validator is the one that reports why.
 */
import type { CompiledCondition } from './conditions'
import { compileConditions } from './conditions'
import type { Matcher } from './match'
import { compileArnMatcher, compileGlob, Pattern } from './match'
import { parseTemplate, resolveTemplate } from './template'

/** Action or NotAction, compiled; `negated` for NotAction. */
export interface ActionMatcher {
  readonly negated: boolean
  readonly patterns: readonly Matcher[]
}

/** Resource or NotResource, compiled; `negated` for NotResource. */
export interface ResourceMatcher {
  readonly negated: boolean
  readonly patterns: readonly Pattern[]
}

export interface CompiledStatement {
  readonly index: number
  readonly path: string
  readonly sid?: string
  readonly effect: 'Allow' | 'Deny'
  /** Undefined when the statement has neither Action nor NotAction, or both. */
  readonly action: ActionMatcher | undefined
  /** Undefined when the statement has neither Resource nor NotResource, or both. */
  readonly resource: ResourceMatcher | undefined
  readonly conditions: readonly CompiledCondition[]
}

/** A policy document prepared for evaluation; build it with compilePolicy. */
export interface CompiledPolicy {
  readonly statements: readonly CompiledStatement[]
}

/** Policy variables exist only in this version of the policy language; earlier ones are text. */
const VARIABLES_VERSION = '2012-10-17'

/**
 * Parses a policy document's patterns once so that many requests can be evaluated fast.
 * Tolerant of malformed input: a statement with an invalid Effect is left out (it can grant or
 * deny nothing), and one missing Action or Resource is kept but never applies.
 */
export function compilePolicy(document: unknown): CompiledPolicy {
  if (!isRecord(document)) return { statements: [] }
  const variables = document['Version'] === VARIABLES_VERSION
  const raw = document['Statement']
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]
  const statements = list.flatMap((statement: unknown, index) => {
    const path = Array.isArray(raw) ? `Statement[${index}]` : 'Statement'
    const compiled = compileStatement(statement, index, path, variables)
    return compiled === undefined ? [] : [compiled]
  })
  return { statements }
}

function compileStatement(
  statement: unknown,
  index: number,
  path: string,
  variables: boolean,
): CompiledStatement | undefined {
  if (!isRecord(statement)) return undefined
  const effect = statement['Effect']
  if (effect !== 'Allow' && effect !== 'Deny') return undefined

  const sid = statement['Sid']
  const compiled: CompiledStatement = {
    index,
    path,
    effect,
    action: compileActions(statement),
    resource: compileResources(statement, variables),
    conditions: compileConditions(statement['Condition'], path, variables),
  }
  return typeof sid === 'string' ? { ...compiled, sid } : compiled
}

/** Actions match case-insensitively, with `*` and `?`, and never hold policy variables. */
function compileActions(statement: Record<string, unknown>): ActionMatcher | undefined {
  const element = pickElement(statement, 'Action', 'NotAction')
  if (element === undefined) return undefined
  const patterns = element.values.map((value) => {
    const pieces = parseTemplate(value, { wildcards: true, variables: false })
    return compileGlob(resolveTemplate(pieces, () => undefined) ?? [], true)
  })
  return { negated: element.negated, patterns }
}

/** Resources match case-sensitively, segment by segment, with policy variables filled in. */
function compileResources(
  statement: Record<string, unknown>,
  variables: boolean,
): ResourceMatcher | undefined {
  const element = pickElement(statement, 'Resource', 'NotResource')
  if (element === undefined) return undefined
  const patterns = element.values.map(
    (value) => new Pattern(parseTemplate(value, { wildcards: true, variables }), compileArnMatcher),
  )
  return { negated: element.negated, patterns }
}

/**
 * Reads Action/NotAction or Resource/NotResource as a list of strings. Exactly one of the pair
 * must be present; entries that are not strings are dropped, since they can match nothing.
 */
function pickElement(
  statement: Record<string, unknown>,
  name: string,
  negatedName: string,
): { negated: boolean; values: readonly string[] } | undefined {
  const plain = statement[name]
  const negatedValue = statement[negatedName]
  if ((plain === undefined) === (negatedValue === undefined)) return undefined
  const negated = plain === undefined
  const raw = negated ? negatedValue : plain
  const list: unknown[] = Array.isArray(raw) ? raw : [raw]
  return { negated, values: list.filter((value) => typeof value === 'string') }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
