/**
 * Checks of condition keys against what the statement's actions supply and what the key holds:
 * a key no action sets makes an Allow dead, a list-valued key needs a set qualifier, and each
 * operator compares one type of value. The key facts come from AWS's reference data.
 */
import { actionSuppliesKey, lookupConditionKey, resolveAction } from './actions'
import type { ConditionEntry, StatementModel, StringItem } from './model'
import { parseOperator, type OperatorFamily, type ParsedOperator } from './operators'
import { rangeOf, replaceStringEdit } from './parse'
import { checkRegexSyntax } from './regex'
import type { Report } from './types'
import { hasServiceDetail } from '../iam/reference'

// TODO(#3): unknown aws: keys pass unchecked; a full list of global keys would let us flag typos.
/** Types of the global keys a sending policy meets; others are accepted without a type check. */
const GLOBAL_KEY_TYPES: Readonly<Record<string, string>> = {
  'aws:sourceip': 'IPAddress',
  'aws:vpcsourceip': 'IPAddress',
  'aws:securetransport': 'Bool',
  'aws:multifactorauthpresent': 'Bool',
  'aws:viaawsservice': 'Bool',
  'aws:principalisawsservice': 'Bool',
  'aws:currenttime': 'Date',
  'aws:epochtime': 'Date',
  'aws:tokenissuetime': 'Date',
  'aws:multifactorauthage': 'Numeric',
  'aws:principalarn': 'ARN',
  'aws:sourcearn': 'ARN',
  'aws:tagkeys': 'ArrayOfString',
  'aws:calledvia': 'ArrayOfString',
  'aws:principalorgpaths': 'ArrayOfString',
  'aws:resourceorgpaths': 'ArrayOfString',
  'aws:principalservicenameslist': 'ArrayOfString',
  'aws:username': 'String',
  'aws:userid': 'String',
  'aws:useragent': 'String',
  'aws:requestedregion': 'String',
  'aws:sourcevpc': 'String',
  'aws:sourcevpce': 'String',
  'aws:sourceaccount': 'String',
  'aws:principalaccount': 'String',
  'aws:resourceaccount': 'String',
  'aws:principalorgid': 'String',
  'aws:principaltype': 'String',
}

/** Key types each operator family compares sensibly. */
const FAMILY_TYPES: Readonly<Record<OperatorFamily, readonly string[]>> = {
  String: ['String', 'ArrayOfString', 'ARN', 'ArrayOfARN'],
  Arn: ['ARN', 'ArrayOfARN'],
  Numeric: ['Numeric', 'ArrayOfNumeric'],
  Date: ['Date', 'ArrayOfDate'],
  Bool: ['Bool', 'ArrayOfBool'],
  IpAddress: ['IPAddress', 'ArrayOfIPAddress'],
  Binary: ['Binary', 'ArrayOfBinary'],
  Null: [],
}

const VALUE_FORMS: Partial<
  Record<OperatorFamily, { expected: string; test: (v: string) => boolean }>
> = {
  Numeric: { expected: 'a number', test: (v) => /^-?\d+(\.\d+)?$/.test(v) },
  Date: { expected: 'an ISO 8601 date or epoch seconds', test: isDate },
  Bool: { expected: '"true" or "false"', test: (v) => /^(true|false)$/i.test(v) },
  IpAddress: { expected: 'an IP address or CIDR range', test: isIpOrCidr },
  Arn: { expected: 'an ARN', test: (v) => v.startsWith('arn:') || v === '*' },
}

function isDate(value: string): boolean {
  if (/^\d+$/.test(value)) return true
  const iso = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/
  return iso.test(value) && !Number.isNaN(Date.parse(value))
}

function isIpOrCidr(value: string): boolean {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(\/(\d{1,2}))?$/.exec(value)
  if (v4) return v4.slice(1, 5).every((octet) => Number(octet) <= 255) && Number(v4[6] ?? 0) <= 32
  return /^[0-9a-f:]*:[0-9a-f:]*(\/\d{1,3})?$/i.test(value)
}

/** The type of a condition key from the reference data, or undefined when we cannot tell. */
export function conditionKeyType(key: string): string | undefined {
  const colon = key.indexOf(':')
  const service = key.slice(0, colon).toLowerCase()
  if (service === 'aws') {
    const lower = key.toLowerCase()
    if (/^aws:(principaltag|requesttag|resourcetag)\//.test(lower)) return 'String'
    return GLOBAL_KEY_TYPES[lower]
  }
  return hasServiceDetail(service) ? lookupConditionKey(service, key)?.type : undefined
}

// TODO(#3): suggest pairing an Allow's ForAllValues: on ses:Recipients with a Null check, and flag
// placeholders such as you@your-domain.com in condition values; both need only a detector here.
/** Checks each condition of a statement: key known, qualifier, value type, supplied by actions. */
export function checkConditions(statement: StatementModel, report: Report): void {
  for (const entry of statement.conditions) {
    const operator = parseOperator(entry.operator)
    if (!operator) continue
    const colon = entry.key.indexOf(':')
    const service = entry.key.slice(0, colon).toLowerCase()
    const detailed = colon > 0 && service !== 'aws' && hasServiceDetail(service)
    if (detailed && !lookupConditionKey(service, entry.key)) {
      report({
        code: 'CONDITION_KEY_UNKNOWN',
        path: entry.path,
        range: rangeOf(entry.keyNode),
        value: entry.key,
      })
      continue
    }
    checkKeyType(entry, operator, report)
    checkValues(entry, operator, report)
    if (detailed) checkSupplied(statement, entry, operator, report)
  }
}

function checkKeyType(entry: ConditionEntry, operator: ParsedOperator, report: Report) {
  const type = conditionKeyType(entry.key)
  if (!type || operator.family === 'Null') return
  const range = rangeOf(entry.keyNode)
  const base = { path: entry.path, range, value: entry.key }
  const multivalued = type.startsWith('ArrayOf')
  if (multivalued !== (operator.qualifier !== undefined)) {
    const code = multivalued
      ? 'CONDITION_MULTIVALUE_NO_QUALIFIER'
      : 'CONDITION_SINGLEVALUE_QUALIFIER'
    report({ code, ...base })
  }
  // aws:EpochTime is documented for both the Date and the Numeric operators.
  const epochAsNumber = entry.key.toLowerCase() === 'aws:epochtime' && operator.family === 'Numeric'
  if (!FAMILY_TYPES[operator.family].includes(type) && !epochAsNumber) {
    report({ code: 'CONDITION_OPERATOR_KEY_MISMATCH', ...base, params: { type } })
  }
}

function checkValues(entry: ConditionEntry, operator: ParsedOperator, report: Report) {
  const form = VALUE_FORMS[operator.family]
  const isApiVersion = entry.key.toLowerCase() === 'ses:apiversion' && operator.family === 'String'
  for (const item of entry.values) {
    if (item.value.includes('${')) continue
    if (form && !form.test(item.value)) {
      const params = { operator: operator.base, expected: form.expected }
      report({
        code: 'CONDITION_VALUE_MISMATCH',
        path: item.path,
        range: rangeOf(item.node),
        value: item.value,
        params,
      })
    }
    if (isApiVersion) checkApiVersion(item, report)
    if (operator.glob) checkRegexSyntax(item, report)
  }
}

const API_VERSION_FIXES: Readonly<Record<string, string>> = {
  '2019-09-27': '2',
  '2010-12-01': '1',
  v2: '2',
  v1: '1',
}

function checkApiVersion(item: StringItem, report: Report) {
  if (item.value === '1' || item.value === '2' || /[*?]/.test(item.value)) return
  const expected = API_VERSION_FIXES[item.value.toLowerCase()]
  report({
    code: 'SES_API_VERSION_INVALID',
    path: item.path,
    range: rangeOf(item.node),
    value: item.value,
    ...(expected && { params: { expected }, edits: [replaceStringEdit(item.node, expected)] }),
  })
}

/**
 * A condition on a key that an action never supplies decides the statement alone: positive
 * operators are then false, negated, IfExists and ForAllValues ones true.
 */
function checkSupplied(
  statement: StatementModel,
  entry: ConditionEntry,
  operator: ParsedOperator,
  report: Report,
) {
  if (statement.actionElement !== 'Action') return
  const supplying: string[] = []
  const lacking: string[] = []
  for (const item of statement.actions) {
    const resolved = resolveAction(item.value)
    if (resolved.kind === 'all' || resolved.kind === 'opaque') return
    if (resolved.kind !== 'detailed') continue
    for (const action of resolved.actions) {
      const name = `${resolved.service}:${action.name}`
      if (actionSuppliesKey(action, entry.key)) supplying.push(name)
      else lacking.push(name)
    }
  }
  if (lacking.length === 0) return
  const nullValue = operator.family === 'Null' ? entry.values[0]?.value.toLowerCase() : undefined
  const trueWhenAbsent =
    operator.negated ||
    operator.ifExists ||
    operator.qualifier === 'ForAllValues' ||
    nullValue === 'true'
  const allow = statement.effect === 'Allow'
  const base = { path: entry.path, range: rangeOf(entry.keyNode), value: entry.key }
  if (supplying.length === 0) {
    if (allow)
      report({
        code: trueWhenAbsent ? 'CONDITION_ALWAYS_TRUE' : 'CONDITION_NEVER_MATCHES',
        ...base,
      })
    else if (!trueWhenAbsent) report({ code: 'DENY_CONDITION_NEVER_MATCHES', ...base })
  } else if (allow && !trueWhenAbsent) {
    const names = [...new Set(lacking)].sort()
    const more = names.length > 5 ? ` and ${names.length - 5} more` : ''
    const actions = names.slice(0, 5).join(', ') + more
    report({ code: 'CONDITION_NEVER_MATCHES_SOME', ...base, params: { actions } })
  }
}
