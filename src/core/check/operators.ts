/**
 * IAM's condition operators: which exist, what type of value each compares, and how the
 * ForAllValues:/ForAnyValue: prefixes and the IfExists suffix change them. Kept apart because
 * both the grammar check and the condition-key checks need the same reading of an operator.
 */

export type OperatorFamily =
  'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null'

const BASE_OPERATORS: Readonly<Record<string, OperatorFamily>> = {
  StringEquals: 'String',
  StringNotEquals: 'String',
  StringEqualsIgnoreCase: 'String',
  StringNotEqualsIgnoreCase: 'String',
  StringLike: 'String',
  StringNotLike: 'String',
  NumericEquals: 'Numeric',
  NumericNotEquals: 'Numeric',
  NumericLessThan: 'Numeric',
  NumericLessThanEquals: 'Numeric',
  NumericGreaterThan: 'Numeric',
  NumericGreaterThanEquals: 'Numeric',
  DateEquals: 'Date',
  DateNotEquals: 'Date',
  DateLessThan: 'Date',
  DateLessThanEquals: 'Date',
  DateGreaterThan: 'Date',
  DateGreaterThanEquals: 'Date',
  Bool: 'Bool',
  BinaryEquals: 'Binary',
  IpAddress: 'IpAddress',
  NotIpAddress: 'IpAddress',
  ArnEquals: 'Arn',
  ArnLike: 'Arn',
  ArnNotEquals: 'Arn',
  ArnNotLike: 'Arn',
  Null: 'Null',
}

/** Operators whose glob values treat * and ? as wildcards. */
const GLOB_OPERATORS = new Set([
  'StringLike',
  'StringNotLike',
  'ArnLike',
  'ArnNotLike',
  'ArnEquals',
  'ArnNotEquals',
])

/** Operators that are true when the values do not match, and so when the key is absent. */
const NEGATED = new Set([
  'StringNotEquals',
  'StringNotEqualsIgnoreCase',
  'StringNotLike',
  'NumericNotEquals',
  'DateNotEquals',
  'NotIpAddress',
  'ArnNotEquals',
  'ArnNotLike',
])

export interface ParsedOperator {
  readonly qualifier: 'ForAllValues' | 'ForAnyValue' | undefined
  readonly base: string
  readonly ifExists: boolean
  readonly family: OperatorFamily
  readonly glob: boolean
  readonly negated: boolean
}

/**
 * Reads an operator such as `ForAllValues:StringLikeIfExists`, or returns undefined when IAM
 * would reject it. Names are matched exactly: IAM's operator names are case-sensitive.
 */
export function parseOperator(operator: string): ParsedOperator | undefined {
  const qualifierMatch = /^(ForAllValues|ForAnyValue):(.*)$/.exec(operator)
  const qualifier = qualifierMatch?.[1] as ParsedOperator['qualifier']
  const rest = qualifierMatch?.[2] ?? operator
  const ifExists = rest.endsWith('IfExists') && rest !== 'IfExists'
  const base = ifExists ? rest.slice(0, -'IfExists'.length) : rest
  const family = BASE_OPERATORS[base]
  if (!family) return undefined
  if (family === 'Null' && (ifExists || qualifier)) return undefined
  return {
    qualifier,
    base,
    ifExists,
    family,
    glob: GLOB_OPERATORS.has(base),
    negated: NEGATED.has(base),
  }
}

/** The valid operator spelled like `operator` apart from case, for a one-click correction. */
export function operatorCaseFix(operator: string): string | undefined {
  const lower = operator.toLowerCase()
  for (const prefix of ['', 'ForAllValues:', 'ForAnyValue:']) {
    for (const base of Object.keys(BASE_OPERATORS)) {
      for (const suffix of ['', 'IfExists']) {
        const candidate = `${prefix}${base}${suffix}`
        if (candidate.toLowerCase() === lower && parseOperator(candidate)) return candidate
      }
    }
  }
  return undefined
}
